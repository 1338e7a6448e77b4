#!/usr/bin/python3
"""Build data/samples/thcs-van-hoa-2023-2024.kdcl, the assessment a newcomer opens first.

It is the self-assessment of Trường THCS Vạn Hòa (seed 000, a real plan written for 2023-2024)
under Thông tư 18/2018: the results per indicator of level 1 are the seed's (83 of 84 met, 3.2 a
not met); levels 2 and 3 follow the weaknesses the seed lists; the improvement text of each
criterion and the plan rows come from the seed's sections IV and V.  The council, the evidence
titles and the descriptions are written the way such schools write them.

Run it again after changing this script:  tools/make-sample.py
"""
import json
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FRAMEWORK = json.loads((ROOT / "data" / "frameworks" / "tt18-2018.json").read_text(encoding="utf-8"))
OUT = ROOT / "data" / "samples" / "thcs-van-hoa-2023-2024.kdcl"


def nfc(text):
    return unicodedata.normalize("NFC", text)


# ---- council ------------------------------------------------------------------------------

GROUPS = [
    ("g-thuky", "Nhóm thư ký", "secretariat", "Tổng hợp phiếu đánh giá, viết báo cáo tự đánh giá"),
    ("g-nhom1", "Nhóm công tác 1", "working", "Tiêu chuẩn 1 và 2"),
    ("g-nhom2", "Nhóm công tác 2", "working", "Tiêu chuẩn 3 và 4"),
    ("g-nhom3", "Nhóm công tác 3", "working", "Tiêu chuẩn 5"),
]

MEMBERS = [
    ("m-01", "Trần Thị Thanh Xuân", "Hiệu trưởng", "chu_tich", "", "Chỉ đạo chung; phê duyệt kết quả tự đánh giá"),
    ("m-02", "Nguyễn Văn Thắng", "Phó hiệu trưởng", "pho_chu_tich", "g-nhom1", "Phụ trách nhóm công tác 1"),
    ("m-03", "Lê Thị Hồng Nhung", "Tổ trưởng tổ Khoa học xã hội", "thu_ky", "g-thuky", "Thư ký hội đồng, tổng hợp báo cáo"),
    ("m-04", "Phạm Văn Dũng", "Tổ trưởng tổ Khoa học tự nhiên", "uy_vien", "g-nhom3", "Phụ trách nhóm công tác 3"),
    ("m-05", "Hoàng Thị Lan", "Chủ tịch Công đoàn", "uy_vien", "g-nhom1", "Thành viên nhóm công tác 1"),
    ("m-06", "Vũ Thị Mai", "Tổ trưởng tổ Văn phòng", "uy_vien", "g-nhom2", "Phụ trách nhóm công tác 2"),
    ("m-07", "Đỗ Minh Tuấn", "Bí thư Chi đoàn", "uy_vien", "g-nhom2", "Thành viên nhóm công tác 2"),
    ("m-08", "Bùi Thị Thu Hà", "Tổng phụ trách Đội", "uy_vien", "g-nhom3", "Thành viên nhóm công tác 3"),
    ("m-09", "Ngô Thị Phương", "Giáo viên", "uy_vien", "g-thuky", "Thành viên nhóm thư ký"),
]

GROUP_OF_STANDARD = {1: "g-nhom1", 2: "g-nhom1", 3: "g-nhom2", 4: "g-nhom2", 5: "g-nhom3"}

# ---- evidence: two documents per criterion (title, number and date, issuer, kept at) -------

EVIDENCE = {
    "1.1": [("Phương hướng, chiến lược xây dựng và phát triển nhà trường giai đoạn 2021-2025", "Số 12/KH-THCSVH, 15/9/2021", "Trường THCS Vạn Hòa"),
            ("Quyết định phê duyệt chiến lược phát triển nhà trường", "Số 1025/QĐ-PGDĐT, 30/9/2021", "Phòng GD&ĐT thành phố Lào Cai")],
    "1.2": [("Quyết định thành lập Hội đồng trường nhiệm kỳ 2021-2026", "Số 845/QĐ-UBND, 12/8/2021", "UBND thành phố Lào Cai"),
            ("Biên bản, nghị quyết các phiên họp Hội đồng trường năm học 2023-2024", "3 phiên họp", "Hội đồng trường")],
    "1.3": [("Báo cáo tổng kết công tác Chi bộ và kết quả đánh giá, xếp loại tổ chức Đảng 5 năm", "2019-2023", "Chi bộ Trường THCS Vạn Hòa"),
            ("Kế hoạch và báo cáo hoạt động của Công đoàn, Chi đoàn, Liên đội", "Năm học 2023-2024", "Công đoàn, Chi đoàn, Liên đội")],
    "1.4": [("Quyết định bổ nhiệm hiệu trưởng, phó hiệu trưởng; quyết định thành lập tổ chuyên môn, tổ văn phòng", "Năm học 2023-2024", "Phòng GD&ĐT; Trường THCS Vạn Hòa"),
            ("Kế hoạch và biên bản sinh hoạt tổ chuyên môn, chuyên đề của tổ", "Năm học 2023-2024", "Các tổ chuyên môn")],
    "1.5": [("Danh sách lớp, sĩ số học sinh các khối 6, 7, 8, 9", "Đầu năm học 2023-2024", "Trường THCS Vạn Hòa"),
            ("Quyết định phân công giáo viên chủ nhiệm; sổ chủ nhiệm", "Số 45/QĐ-THCSVH, 28/8/2023", "Trường THCS Vạn Hòa")],
    "1.6": [("Hồ sơ lưu trữ văn bản đi, đến; sổ quản lý tài sản", "2019-2024", "Bộ phận văn phòng"),
            ("Báo cáo quyết toán, công khai tài chính và biên bản tự kiểm tra tài chính", "Các năm 2019-2023", "Trường THCS Vạn Hòa")],
    "1.7": [("Kế hoạch bồi dưỡng thường xuyên cán bộ quản lý, giáo viên, nhân viên", "Năm học 2023-2024", "Trường THCS Vạn Hòa"),
            ("Quyết định phân công nhiệm vụ cán bộ, giáo viên, nhân viên", "Số 46/QĐ-THCSVH, 28/8/2023", "Trường THCS Vạn Hòa")],
    "1.8": [("Kế hoạch giáo dục nhà trường năm học 2023-2024", "Số 28/KH-THCSVH, 15/9/2023", "Trường THCS Vạn Hòa"),
            ("Hồ sơ kiểm tra nội bộ và báo cáo sơ kết, tổng kết năm học", "2019-2024", "Trường THCS Vạn Hòa")],
    "1.9": [("Quy chế thực hiện dân chủ trong nhà trường", "Số 05/QC-THCSVH, 20/9/2023", "Trường THCS Vạn Hòa"),
            ("Biên bản hội nghị viên chức và báo cáo thực hiện quy chế dân chủ", "Năm học 2023-2024", "Trường THCS Vạn Hòa")],
    "1.10": [("Phương án đảm bảo an ninh trật tự, phòng chống cháy nổ, phòng chống bạo lực học đường", "Năm học 2023-2024", "Trường THCS Vạn Hòa"),
             ("Sổ theo dõi hộp thư góp ý, đường dây nóng", "2019-2024", "Trường THCS Vạn Hòa")],
    "2.1": [("Hồ sơ cán bộ quản lý: văn bằng, chứng chỉ bồi dưỡng", "Cập nhật 9/2023", "Trường THCS Vạn Hòa"),
            ("Kết quả đánh giá chuẩn hiệu trưởng, phó hiệu trưởng 5 năm", "2019-2023", "Phòng GD&ĐT thành phố Lào Cai")],
    "2.2": [("Danh sách trích ngang giáo viên, trình độ đào tạo", "Năm học 2023-2024", "Trường THCS Vạn Hòa"),
            ("Kết quả đánh giá chuẩn nghề nghiệp giáo viên 5 năm", "2019-2023", "Trường THCS Vạn Hòa")],
    "2.3": [("Danh sách nhân viên, quyết định phân công kiêm nhiệm thư viện, thiết bị", "Năm học 2023-2024", "Trường THCS Vạn Hòa"),
            ("Kết quả đánh giá, xếp loại nhân viên", "2019-2023", "Trường THCS Vạn Hòa")],
    "2.4": [("Sổ đăng bộ, hồ sơ học sinh", "2019-2024", "Trường THCS Vạn Hòa"),
            ("Sổ theo dõi vi phạm và biên bản xử lý học sinh vi phạm nội quy", "Năm học 2023-2024", "Giáo viên chủ nhiệm")],
    "3.1": [("Giấy chứng nhận quyền sử dụng đất và sơ đồ tổng thể khuôn viên", "Cấp năm 2012", "UBND tỉnh Lào Cai"),
            ("Biên bản kiểm kê thiết bị sân chơi, bãi tập", "Tháng 8/2023", "Trường THCS Vạn Hòa")],
    "3.2": [("Biên bản kiểm kê phòng học, phòng học bộ môn, khối phục vụ học tập", "Tháng 8/2023", "Trường THCS Vạn Hòa"),
            ("Tờ trình đề nghị đầu tư xây dựng phòng học bộ môn", "Số 18/TTr-THCSVH, 10/10/2023", "Trường THCS Vạn Hòa")],
    "3.3": [("Sổ quản lý tài sản khối hành chính - quản trị", "2019-2024", "Bộ phận văn phòng"),
            ("Hồ sơ sửa chữa, bổ sung thiết bị khối hành chính", "Năm 2023", "Trường THCS Vạn Hòa")],
    "3.4": [("Biên bản kiểm tra vệ sinh trường học, nguồn nước", "Tháng 9/2023", "Trạm Y tế xã Vạn Hòa"),
            ("Hợp đồng thu gom rác thải", "Năm 2023", "Công ty CP Môi trường đô thị Lào Cai")],
    "3.5": [("Sổ quản lý, sổ theo dõi mượn trả thiết bị dạy học", "Năm học 2023-2024", "Bộ phận thiết bị"),
            ("Biên bản kiểm kê thiết bị dạy học cuối năm", "Tháng 6/2023", "Trường THCS Vạn Hòa")],
    "3.6": [("Quyết định công nhận thư viện trường học đạt chuẩn", "Số 312/QĐ-PGDĐT, 20/5/2020", "Phòng GD&ĐT thành phố Lào Cai"),
            ("Sổ đăng ký tổng quát, sổ mượn sách của thư viện", "Năm học 2023-2024", "Thư viện nhà trường")],
    "4.1": [("Biên bản hội nghị cha mẹ học sinh, danh sách Ban đại diện", "Tháng 9/2023", "Ban đại diện cha mẹ học sinh"),
            ("Kế hoạch hoạt động của Ban đại diện cha mẹ học sinh", "Năm học 2023-2024", "Ban đại diện cha mẹ học sinh")],
    "4.2": [("Các tờ trình, báo cáo tham mưu với Đảng ủy, UBND xã", "Năm học 2023-2024", "Trường THCS Vạn Hòa"),
            ("Sổ theo dõi các nguồn hỗ trợ, tài trợ cho nhà trường", "2019-2024", "Trường THCS Vạn Hòa")],
    "5.1": [("Kế hoạch dạy học các môn học, kế hoạch bài dạy", "Năm học 2023-2024", "Các tổ chuyên môn"),
            ("Sổ điểm, học bạ và hồ sơ kiểm tra, đánh giá học sinh", "Năm học 2023-2024", "Trường THCS Vạn Hòa")],
    "5.2": [("Kế hoạch bồi dưỡng học sinh giỏi, phụ đạo học sinh yếu", "Năm học 2023-2024", "Trường THCS Vạn Hòa"),
            ("Danh sách học sinh đạt giải các kỳ thi cấp thành phố, cấp tỉnh", "2019-2023", "Phòng GD&ĐT thành phố Lào Cai")],
    "5.3": [("Kế hoạch dạy học nội dung giáo dục địa phương tỉnh Lào Cai", "Năm học 2023-2024", "Trường THCS Vạn Hòa"),
            ("Biên bản rà soát, đề xuất điều chỉnh nội dung giáo dục địa phương", "Tháng 5/2023", "Tổ Khoa học xã hội")],
    "5.4": [("Kế hoạch hoạt động trải nghiệm, hướng nghiệp", "Năm học 2023-2024", "Trường THCS Vạn Hòa"),
            ("Báo cáo kết quả tư vấn hướng nghiệp, phân luồng học sinh lớp 9", "Tháng 6/2023", "Trường THCS Vạn Hòa")],
    "5.5": [("Kế hoạch giáo dục kỹ năng sống cho học sinh", "Năm học 2023-2024", "Trường THCS Vạn Hòa"),
            ("Báo cáo đánh giá kết quả rèn luyện của học sinh", "Cuối năm học 2022-2023", "Trường THCS Vạn Hòa")],
    "5.6": [("Bảng tổng hợp kết quả học lực, hạnh kiểm học sinh 5 năm", "2019-2023", "Trường THCS Vạn Hòa"),
            ("Quyết định công nhận tốt nghiệp THCS; kết quả tuyển sinh vào lớp 10", "Các năm 2019-2023", "Phòng GD&ĐT; Sở GD&ĐT Lào Cai")],
}

# ---- results: the seed gives level 1; levels 2 and 3 follow the weaknesses it lists --------

UNMET = {
    ("3.2", "1a"), ("3.2", "2a"), ("3.2", "2b"), ("3.2", "3"),
    ("2.1", "2b"), ("2.1", "3"),
    ("2.2", "3a"), ("2.2", "3b"),
    ("2.3", "2a"), ("2.3", "3a"),
    ("3.3", "3"),
    ("3.5", "2b"), ("3.5", "3"),
    ("3.6", "3"),
    ("4.2", "3"),
    ("5.1", "3"),
    ("5.5", "3"),
    ("5.6", "3a"),
}

# Why an indicator is not met, as the council wrote it.
UNMET_REASON = {
    ("3.2", "1a"): "Một số phòng học chưa đủ bàn ghế đúng quy cách theo tầm vóc học sinh; diện tích một số phòng học chưa đảm bảo theo quy định.",
    ("3.2", "2a"): "Nhà trường chưa có phòng học bộ môn Âm nhạc, Mĩ thuật, Ngoại ngữ; các phòng hiện có chưa đạt tiêu chuẩn theo Thông tư 13, 14 của Bộ GD&ĐT.",
    ("3.2", "2b"): "Khối phục vụ học tập còn thiếu phòng đa năng; chưa đáp ứng đầy đủ yêu cầu các hoạt động của nhà trường.",
    ("3.2", "3"): "Các phòng học bộ môn chưa có đủ thiết bị dạy học theo quy định.",
    ("2.1", "2b"): "Phó hiệu trưởng chưa có bằng trung cấp lý luận chính trị.",
    ("2.1", "3"): "Chưa đủ 05 năm liên tiếp được đánh giá đạt chuẩn hiệu trưởng ở mức khá trở lên.",
    ("2.2", "3a"): "Tỷ lệ giáo viên đạt chuẩn nghề nghiệp ở mức khá trở lên chưa đạt 80%.",
    ("2.2", "3b"): "Giáo viên chưa có báo cáo kết quả nghiên cứu khoa học.",
    ("2.3", "2a"): "Nhà trường chưa có nhân viên chuyên trách thư viện và thiết bị; giáo viên kiêm nhiệm các công việc này.",
    ("2.3", "3a"): "Nhân viên kiêm nhiệm thư viện, thiết bị chưa được đào tạo đúng vị trí việc làm.",
    ("3.3", "3"): "Khối hành chính - quản trị chưa có đầy đủ thiết bị; phòng y tế học đường còn chật.",
    ("3.5", "2b"): "Một số trang thiết bị, đồ dùng dạy học không đáp ứng yêu cầu tối thiểu theo quy định, nhất là thiết bị cho chương trình giáo dục phổ thông 2018.",
    ("3.5", "3"): "Chưa có phòng thí nghiệm riêng; thiết bị thực hành chưa đủ để hoạt động thường xuyên.",
    ("3.6", "3"): "Thư viện chưa đạt thư viện trường học tiên tiến; máy tính của thư viện chưa được kết nối Internet.",
    ("4.2", "3"): "Nhà trường chưa trở thành trung tâm văn hóa, giáo dục của địa phương.",
    ("5.1", "3"): "Việc phân tích, đánh giá hiệu quả các giải pháp nâng cao chất lượng dạy học chưa được thực hiện thường xuyên; một số giáo viên chậm đổi mới.",
    ("5.5", "3"): "Học sinh chưa có sản phẩm nghiên cứu khoa học, công nghệ.",
    ("5.6", "3a"): "Tỷ lệ học sinh xếp loại giỏi và tỷ lệ học sinh đạt giải học sinh giỏi cấp thành phố, cấp tỉnh chưa cao.",
}

STRENGTHS = {
    "1.1": "Phương hướng, chiến lược được xây dựng sát với thực tế địa phương, được cấp có thẩm quyền phê duyệt và công khai.",
    "1.2": "Hội đồng trường được kiện toàn hằng năm, họp đủ số phiên và giám sát việc thực hiện nghị quyết.",
    "1.3": "Chi bộ đã tổ chức Đại hội nhiệm kỳ 2022-2025 nghiêm túc; các đoàn thể hoạt động tích cực, đi đầu trong các phong trào.",
    "1.4": "Tổ chuyên môn, tổ văn phòng có kế hoạch cụ thể, sinh hoạt chuyên môn theo nghiên cứu bài học đều đặn.",
    "1.5": "Đủ các lớp của cấp học; sĩ số không quá 40 học sinh mỗi lớp; lớp học tự quản tốt.",
    "1.6": "Hồ sơ được lưu trữ đầy đủ; thu chi tài chính công khai, minh bạch, không có vi phạm qua thanh tra, kiểm toán.",
    "1.7": "Phân công nhiệm vụ phù hợp với năng lực; quyền lợi của cán bộ, giáo viên, nhân viên được đảm bảo.",
    "1.8": "Kế hoạch giáo dục phù hợp với điều kiện nhà trường, được thực hiện đầy đủ và điều chỉnh kịp thời.",
    "1.9": "Cán bộ, giáo viên, nhân viên được tham gia đóng góp ý kiến vào các quy chế, kế hoạch của nhà trường.",
    "1.10": "Có phương án an ninh trật tự, phòng chống cháy nổ; nhiều năm liền không có bạo lực học đường.",
    "2.1": "Hiệu trưởng có năng lực quản lý, được đánh giá đạt chuẩn ở mức khá trở lên và được tập thể tín nhiệm.",
    "2.2": "100% giáo viên đạt chuẩn trình độ đào tạo; nhà trường chủ động, linh hoạt đổi mới phương pháp dạy học theo mô hình trường học mới.",
    "2.3": "Nhân viên hoàn thành tốt nhiệm vụ được giao; không có nhân viên bị kỷ luật.",
    "2.4": "Học sinh thực hiện tốt nhiệm vụ; các trường hợp vi phạm được phát hiện và giáo dục kịp thời.",
    "3.1": "Khuôn viên xanh, sạch, đẹp, có cổng, biển tên và tường rào bao quanh.",
    "3.2": "Phòng học được sử dụng hiệu quả; có phòng hoạt động Đội, thư viện và phòng truyền thống.",
    "3.3": "Khu để xe bố trí hợp lý; thiết bị khối hành chính được sửa chữa, bổ sung định kỳ.",
    "3.4": "Khu vệ sinh riêng cho nam, nữ, giáo viên và học sinh; có nước sạch và thu gom rác hằng ngày.",
    "3.5": "Các phương tiện hiện đại phục vụ dạy học và ứng dụng công nghệ thông tin bước đầu đáp ứng yêu cầu đổi mới.",
    "3.6": "Thư viện đạt chuẩn, được bổ sung sách và kiểm kê hằng năm.",
    "4.1": "Ban đại diện cha mẹ học sinh phối hợp chặt chẽ với nhà trường trong giáo dục học sinh.",
    "4.2": "Nhà trường phối hợp với chính quyền địa phương làm tốt công tác phổ cập giáo dục, đạt phổ cập giáo dục THCS mức độ 3.",
    "5.1": "Dạy đúng, đủ chương trình; triển khai hiệu quả chương trình giáo dục phổ thông 2018 ở lớp 6, 7.",
    "5.2": "Có biện pháp linh hoạt hỗ trợ học sinh khuyết tật, học sinh có hoàn cảnh khó khăn; số học sinh đạt giải ở các cuộc thi tăng.",
    "5.3": "Nội dung giáo dục địa phương được dạy theo kế hoạch, gắn với thực tiễn Lào Cai.",
    "5.4": "Hoạt động trải nghiệm tổ chức tại địa phương phong phú; tư vấn hướng nghiệp cho học sinh lớp 9 hiệu quả.",
    "5.5": "Các câu lạc bộ phát triển năng lực cá nhân của học sinh hoạt động đều đặn.",
    "5.6": "Kết quả xếp loại giáo dục hằng năm đạt chỉ tiêu; 100% học sinh dự thi vào THPT đảm bảo kết quả.",
}

WEAKNESSES = {
    "2.1": "Phó hiệu trưởng chưa có bằng trung cấp lý luận chính trị.",
    "2.2": "Chưa có giáo viên chuyên biệt môn Mĩ thuật, Thể dục; một số giáo viên chậm đổi mới, chưa thành thạo thiết bị dạy học hiện đại.",
    "2.3": "Chưa có nhân viên chuyên trách thư viện và thiết bị.",
    "3.2": "Thiếu phòng học bộ môn Âm nhạc, Mĩ thuật, Ngoại ngữ, phòng đa năng. Diện tích các phòng chưa đảm bảo.",
    "3.3": "Khối phòng hành chính - quản trị chưa đạt chuẩn; phòng y tế còn chật.",
    "3.5": "Cơ sở vật chất, phương tiện hiện đại phục vụ dạy học và ứng dụng công nghệ thông tin còn khó khăn; một số thiết bị không đáp ứng yêu cầu tối thiểu.",
    "3.6": "Còn thiếu toàn bộ trang thiết bị để xây dựng thư viện tiên tiến.",
    "5.1": "Một số giáo viên chậm đổi mới phương pháp dạy học.",
    "5.6": "Tỷ lệ học sinh đạt giải học sinh giỏi cấp thành phố, cấp tỉnh chưa cao.",
}

# Section V of the seed: the improvement of each criterion, as the school wrote it.
IMPROVEMENT = {
    "1.1": ["Tiếp tục thực hiện phương hướng chiến lược xây dựng và phát triển nhà trường giai đoạn 2021 – 2025. Hằng năm có điều chỉnh, bổ sung cho phù hợp với điều kiện thực tế của nhà trường và địa phương.",
            "Nhà trường có các giải pháp giám sát thường xuyên việc thực hiện phương hướng chiến lược xây dựng và phát triển.",
            "Tổ trưởng, nhóm trưởng chuyên môn khích lệ, động viên thành viên thực hiện chiến lược."],
    "1.2": ["Hằng năm kiện toàn Hội đồng trường; xây dựng kế hoạch hoạt động; một năm học tổ chức họp ít nhất 3 lần, giám sát đánh giá việc thực hiện Nghị quyết của Hội đồng trường.",
            "Các hội đồng khác hoạt động theo quy chế và điều lệ trường học. Tăng cường hoạt động của Hội đồng tư vấn hiệu quả."],
    "1.3": ["Xây dựng kế hoạch hoạt động theo nhiệm kỳ và từng năm học. Kiện toàn các tổ chức khác như: Công đoàn, Chi đoàn, Liên đội; xây dựng và tổ chức thực hiện các kế hoạch hiệu quả.",
            "Phát huy trí tuệ của cá nhân, luôn sáng tạo trong thực hiện nhiệm vụ.",
            "Tiếp tục thực hiện dân chủ trong các hoạt động giáo dục."],
    "1.4": ["Hoạt động theo quy chế, có sự phân công hợp lý, cụ thể.",
            "Tiếp tục cải tiến nội dung sinh hoạt tổ chuyên môn.",
            "Đổi mới cải cách thủ tục hành chính, giải quyết công việc đúng quy trình. Ứng dụng chuyển đổi số trong các thủ tục hành chính."],
    "1.5": ["Tiếp tục duy trì sĩ số học sinh trong lớp đảm bảo theo quy định (không quá 40 học sinh/lớp)."],
    "1.6": ["Có kế hoạch tổ chức rà soát, đánh giá việc sử dụng các loại hồ sơ, sổ sách theo dõi hoạt động giáo dục theo từng học kỳ và năm học.",
            "Tiếp tục thực hiện công khai, minh bạch về sử dụng tài chính, tài sản trong nhà trường.",
            "Thực hiện chuyển đổi số trong quản lý hành chính, tài chính và tài sản."],
    "1.7": ["Xây dựng quy chế chuyên môn, quy chế làm việc.",
            "Phân công nhiệm vụ cụ thể theo vị trí việc làm."],
    "1.8": ["Sắp xếp công việc, bố trí thời gian hợp lý để thực hiện kiểm tra nội bộ và khắc phục hạn chế sau kiểm tra nội bộ.",
            "Tăng cường quản lý hoạt động dạy thêm, học thêm ở cả trong và ngoài nhà trường."],
    "1.9": ["Xây dựng và thực hiện tốt quy chế dân chủ ở cơ sở đảm bảo công khai, minh bạch, hiệu quả."],
    "1.10": ["Tăng cường công tác giáo dục ý thức chấp hành pháp luật, nội quy trường lớp, ngăn chặn và xử lý kịp thời những trường hợp vi phạm.",
             "Phối hợp tốt với chính quyền địa phương để kiểm tra, xử lý các biểu hiện bạo lực học đường, an ninh trật tự."],
    "2.1": ["Lãnh đạo nhà trường tiếp tục đổi mới công tác quản lý, nâng cao hiệu quả, chất lượng giáo dục toàn diện.",
            "Tham mưu cho cấp ủy và lãnh đạo các cấp tạo điều kiện cho cán bộ quản lý học các lớp bồi dưỡng lý luận chính trị."],
    "2.2": ["Tham mưu với các cấp đảm bảo cân đối giáo viên ở các bộ môn để cơ cấu giáo viên giữa các môn hợp lý.",
            "Thực hiện kế hoạch đào tạo giáo viên sau đại học đến năm 2025 theo quy hoạch."],
    "2.3": ["Tham mưu với các cấp để nhà trường đủ số lượng và cơ cấu nhân viên y tế, thiết bị, thư viện có chuyên môn theo quy định.",
            "Bố trí cho nhân viên dự các lớp bồi dưỡng, tập huấn chuyên môn, nghiệp vụ."],
    "2.4": ["Phối hợp với các tổ chức trong và ngoài nhà trường, tổ tư vấn tâm lý làm tốt công tác giáo dục đạo đức, kỹ năng sống cho học sinh.",
            "Tiếp tục kết hợp với cha mẹ học sinh trong quản lý học sinh hay vi phạm nội quy."],
    "3.1": ["Phát triển hệ thống cây xanh, cây bóng mát để môi trường ngày càng xanh, sạch, đẹp.",
            "Bổ sung các dụng cụ thể thao vào khu luyện tập của học sinh."],
    "3.2": ["Tham mưu đề xuất đầu tư xây dựng khối phòng học, phòng học bộ môn.",
            "Khai thác, sử dụng có hiệu quả các phòng học bộ môn; theo dõi, bảo quản, sửa chữa kịp thời tài sản."],
    "3.3": ["Tham mưu đề xuất đầu tư xây dựng các khối phòng hành chính – quản trị đạt chuẩn, phục vụ công tác chăm sóc sức khỏe ban đầu cho học sinh."],
    "3.4": ["Tiếp tục khai thác, sử dụng hiệu quả khu vệ sinh, hệ thống cấp nước sạch, thoát nước. Làm mới nhà để xe cho giáo viên."],
    "3.5": ["Thực hiện mạnh mẽ công tác chuyển đổi số trong nhà trường.",
            "Tiếp tục bổ sung trang thiết bị, đồ dùng dạy học, các phần mềm ứng dụng cho giảng dạy.",
            "Thường xuyên kiểm tra việc khai thác thiết bị hiện có và phát động giáo viên làm thêm đồ dùng dạy học."],
    "3.6": ["Đầu tư số lượng và thể loại sách, phấn đấu đạt thư viện tiên tiến.",
            "Ứng dụng chuyển đổi số vào quản lý thư viện."],
    "4.1": ["Thường xuyên phối hợp giữa nhà trường và cha mẹ học sinh trong tổ chức các hoạt động giáo dục, giải quyết các kiến nghị kịp thời."],
    "4.2": ["Tích cực tham mưu với cấp ủy Đảng, chính quyền địa phương về công tác giáo dục.",
            "Tăng cường tuyên truyền, phối hợp với các tổ chức, đoàn thể để nâng cao hiệu quả công tác xã hội hóa giáo dục."],
    "5.1": ["Tiếp tục thực hiện nghiêm túc kế hoạch giáo dục; bố trí giáo viên dạy thay, dạy bù kịp thời.",
            "Triển khai hiệu quả chương trình giáo dục phổ thông 2018; tăng cường dự giờ rút kinh nghiệm.",
            "Tổ chức tốt kế hoạch bồi dưỡng học sinh năng khiếu và phụ đạo học sinh yếu kém."],
    "5.2": ["Tổ chức thực hiện đầy đủ các hoạt động nội, ngoại khóa.",
            "Dạy học theo yêu cầu phân hóa; quan tâm học sinh có hoàn cảnh khó khăn; phát động phong trào đôi bạn cùng tiến."],
    "5.3": ["Thực hiện nghiêm túc việc dạy học nội dung giáo dục địa phương ở các môn theo quy định.",
            "Đưa nội dung giáo dục địa phương vào kiểm tra định kỳ với thời lượng phù hợp."],
    "5.4": ["Tổ chức tốt cho học sinh tham gia các hoạt động trải nghiệm tại địa phương.",
            "Phối hợp với các trường nghề, trường THPT để tư vấn chọn trường cho học sinh khối 9."],
    "5.5": ["Tiếp tục tích hợp giáo dục kỹ năng sống vào các môn học, các hoạt động tập thể.",
            "Tổ chức thường xuyên các chuyên đề về giáo dục giá trị sống, kỹ năng sống cho học sinh."],
    "5.6": ["Tỷ lệ học sinh xếp loại hạnh kiểm khá, tốt đạt ít nhất 90%; học sinh giỏi ít nhất 5%, khá ít nhất 30%.",
            "Tỷ lệ học sinh bỏ học không quá 3%, lưu ban không quá 5%."],
}

# ---- plan: section IV of the seed, one row per content, with who does what -----------------

PLAN = [
    dict(id="p-daymoi", criterion="5.1", issue="Đổi mới công tác dạy học",
         target="Tích cực đổi mới công tác dạy học, tổ chức các hoạt động giáo dục nâng cao năng lực cá nhân từng học sinh.",
         actions="Dự giờ, rút kinh nghiệm theo nghiên cứu bài học; mỗi tổ thực hiện ít nhất 02 chuyên đề đổi mới phương pháp mỗi học kỳ.",
         owner="Phó hiệu trưởng", partners="Các tổ chuyên môn", start="2023-10-15", deadline="2024-05-25", budget=5000000,
         budget_source="Ngân sách chi thường xuyên", support="Tài liệu tập huấn chương trình GDPT 2018", supervisor="Hiệu trưởng", status="doing"),
    dict(id="p-boiduong", criterion="2.2", issue="Bồi dưỡng giáo viên",
         target="Đổi mới công tác bồi dưỡng giáo viên, chú trọng tự học, tự bồi dưỡng; vận dụng chương trình giáo dục phổ thông 2018 vào dạy học.",
         actions="Xây dựng kế hoạch bồi dưỡng thường xuyên; cử giáo viên học sau đại học theo quy hoạch.",
         owner="Hiệu trưởng", partners="Công đoàn, các tổ chuyên môn", start="2023-10-01", deadline="2024-06-30", budget=10000000,
         budget_source="Ngân sách chi thường xuyên", support="Phòng GD&ĐT hỗ trợ lớp tập huấn", supervisor="Phòng GD&ĐT thành phố Lào Cai", status="doing"),
    dict(id="p-nhanvien", criterion="2.3", issue="Nhân viên thư viện, thiết bị",
         target="Có giáo viên chuyên biệt Mĩ thuật, Thể dục và nhân viên thư viện, thiết bị theo quy định.",
         actions="Tham mưu, đề xuất với cấp trên bổ sung giáo viên chuyên biệt, nhân viên thư viện, thiết bị.",
         owner="Hiệu trưởng", partners="Phòng Nội vụ thành phố", start="2023-10-15", deadline="2024-08-31", budget=0,
         budget_source="", support="", supervisor="Phòng GD&ĐT thành phố Lào Cai", status="todo"),
    dict(id="p-llct", criterion="2.1", issue="Lý luận chính trị của phó hiệu trưởng",
         target="Phó hiệu trưởng có bằng trung cấp lý luận chính trị.",
         actions="Tham mưu với cấp ủy cử phó hiệu trưởng tham gia lớp trung cấp lý luận chính trị.",
         owner="Hiệu trưởng", partners="Đảng ủy xã Vạn Hòa", start="2023-11-01", deadline="2025-06-30", budget=8000000,
         budget_source="Ngân sách chi thường xuyên", support="", supervisor="Chi bộ nhà trường", status="doing"),
    dict(id="p-csvc", criterion="3.2", issue="Phòng học bộ môn",
         target="Xây dựng thêm phòng học bộ môn Âm nhạc, Mĩ thuật, Ngoại ngữ và phòng đa năng; trang bị thiết bị cho phòng học bộ môn.",
         actions="Tham mưu, đề xuất với các cấp, các ngành sớm xây dựng thêm cơ sở vật chất cho nhà trường.",
         owner="Hiệu trưởng", partners="UBND xã Vạn Hòa, Ban đại diện cha mẹ học sinh", start="2023-10-10", deadline="2025-08-31", budget=1500000000,
         budget_source="Ngân sách thành phố", support="Đề án xây dựng trường chuẩn quốc gia của thành phố", supervisor="UBND thành phố Lào Cai", status="todo"),
    dict(id="p-thuvien", criterion="3.6", issue="Thư viện tiên tiến",
         target="Thư viện đạt thư viện trường học tiên tiến.",
         actions="Xây dựng kế hoạch thư viện tiên tiến; bổ sung sách, máy tính kết nối Internet; ứng dụng phần mềm quản lý thư viện.",
         owner="Phó hiệu trưởng", partners="Nhân viên thư viện kiêm nhiệm, Liên đội", start="2023-11-01", deadline="2024-05-31", budget=45000000,
         budget_source="Xã hội hóa và ngân sách chi thường xuyên", support="", supervisor="Hiệu trưởng", status="doing"),
    dict(id="p-thietbi", criterion="3.5", issue="Thiết bị dạy học",
         target="Bổ sung thiết bị dạy học đáp ứng yêu cầu tối thiểu theo quy định.",
         actions="Vận động cha mẹ học sinh và các nhà hảo tâm ủng hộ mua sắm thêm thiết bị dạy học; phát động làm đồ dùng dạy học.",
         owner="Tổ trưởng tổ Văn phòng", partners="Ban đại diện cha mẹ học sinh", start="2023-10-15", deadline="2024-04-30", budget=60000000,
         budget_source="Xã hội hóa", support="", supervisor="Hiệu trưởng", status="done"),
    dict(id="p-hsg", criterion="5.6", issue="Chất lượng học sinh giỏi",
         target="Tỷ lệ học sinh giỏi đạt ít nhất 5%; tăng số học sinh đạt giải cấp thành phố, cấp tỉnh.",
         actions="Tổ chức bồi dưỡng học sinh giỏi theo kế hoạch từ đầu năm; phụ đạo học sinh yếu.",
         owner="Phó hiệu trưởng", partners="Giáo viên bộ môn, giáo viên chủ nhiệm", start="2023-09-15", deadline="2024-05-25", budget=12000000,
         budget_source="Ngân sách chi thường xuyên", support="", supervisor="Hiệu trưởng", status="doing"),
]

REVIEW = dict(
    id="r-hk1", date="2024-01-20", title="Cuối học kỳ I", reviewer="Trần Thị Thanh Xuân",
    content="Rà soát việc thực hiện kế hoạch cải tiến chất lượng học kỳ I năm học 2023-2024.",
    result="Đã bổ sung thiết bị dạy học từ nguồn xã hội hóa; các nội dung bồi dưỡng giáo viên, đổi mới dạy học, thư viện đang thực hiện đúng tiến độ. Việc xây dựng phòng học bộ môn chưa có kinh phí.",
    adjustment="Tiếp tục tham mưu UBND thành phố đưa phòng học bộ môn vào kế hoạch đầu tư năm 2025.",
    entries=[("p-daymoi", "doing", "Đã thực hiện 6 chuyên đề"), ("p-boiduong", "doing", ""),
             ("p-nhanvien", "todo", "Đã gửi tờ trình"), ("p-llct", "doing", "Đang học"),
             ("p-csvc", "todo", "Chưa có kinh phí"), ("p-thuvien", "doing", "Đã bổ sung 350 đầu sách"),
             ("p-thietbi", "done", "Đã nhận thiết bị trị giá 62 triệu đồng"), ("p-hsg", "doing", "")],
)

EXTRA_DESCRIPTIONS = {
    "1": "Kế hoạch giáo dục chưa có nội dung tham khảo chương trình giáo dục tiên tiến của các nước.",
    "2": "Chưa đảm bảo 100% học sinh có hoàn cảnh khó khăn hoàn thành mục tiêu giáo dục dành cho từng cá nhân.",
    "3": "Học sinh chưa tham gia nghiên cứu khoa học, công nghệ.",
    "4": "Thư viện chưa có hạ tầng công nghệ thông tin hiện đại theo tiêu chuẩn khu vực và quốc tế.",
    "5": "Chưa hoàn thành tất cả các mục tiêu của phương hướng, chiến lược trong 05 năm liên tiếp.",
    "6": "Kết quả giáo dục chưa vượt trội so với các trường có điều kiện tương đồng.",
}

OPENINGS = [
    "Nhà trường đáp ứng yêu cầu: {t} {c}.",
    "Qua rà soát hồ sơ và thực tế, nhà trường đạt yêu cầu: {t} {c}.",
    "Trong năm học 2023-2024, nhà trường thực hiện đầy đủ yêu cầu: {t} {c}.",
]


def requirement(text):
    """The legal text as part of a sentence: no final punctuation, first letter small."""
    text = text.strip().rstrip(";.").strip()
    if text.lower().startswith("nhà trường "):
        text = text[len("nhà trường "):]
    return text[0].lower() + text[1:] if text else text


def codes_for(standard, code):
    return [f"[H{standard}-{code}-{n:02d}]" for n in range(1, len(EVIDENCE[code]) + 1)]


def build():
    criteria = {}
    evidence = []
    counter = 0
    for std in FRAMEWORK["standards"]:
        for crit in std["criteria"]:
            code = crit["code"]
            codes = codes_for(std["number"], code)
            for (title, number_date, issuer), ev_code in zip(EVIDENCE[code], codes):
                evidence.append({
                    "id": f"e-{code.replace('.', '-')}-{ev_code[-3:-1]}",
                    "code": ev_code, "title": title, "number_date": number_date, "issuer": issuer,
                    "location": f"Hộp {std['number']}/{ev_code.strip('[]')}.pdf", "criterion": code,
                })
            indicators, descriptions = {}, {}
            for i, ind in enumerate(crit["indicators"]):
                key = (code, ind["id"])
                cited = codes[i % len(codes)]
                if key in UNMET:
                    indicators[ind["id"]] = "unmet"
                    descriptions[ind["id"]] = f"{UNMET_REASON[key]} Hiện trạng được ghi nhận tại {cited}."
                else:
                    indicators[ind["id"]] = "met"
                    descriptions[ind["id"]] = OPENINGS[counter % len(OPENINGS)].format(t=requirement(ind["text"]), c=cited)
                    counter += 1
            record = {
                "indicators": indicators,
                "descriptions": descriptions,
                "strengths": STRENGTHS[code],
                "improvement": "\n".join("- " + line for line in IMPROVEMENT[code]),
                "assignee": GROUP_OF_STANDARD[std["number"]],
            }
            if code in WEAKNESSES:
                record["weaknesses"] = WEAKNESSES[code]
            criteria[code] = record

    plan = [dict(row) for row in PLAN]
    review = dict(REVIEW)
    review["entries"] = [{"row": r, "status": s, "comment": c} for r, s, c in REVIEW["entries"]]

    return {
        "format": "kiemdinh",
        "version": 1,
        "framework": "tt18-2018",
        "school": {
            "name": "Trường THCS Vạn Hòa",
            "type": "THCS",
            "agency": "Phòng GD&ĐT thành phố Lào Cai",
            "address": "Xã Vạn Hòa, thành phố Lào Cai, tỉnh Lào Cai",
            "principal": "Trần Thị Thanh Xuân",
        },
        "cycle": {
            "school_year": "2023-2024",
            "place": "Vạn Hòa",
            "date": "2023-10-04",
            "number": "31/KH-THCSVH",
            "target_level": 2,
        },
        "council": {
            "members": [{"id": i, "name": n, "position": p, "role": r, "group": g, "task": t} for i, n, p, r, g, t in MEMBERS],
            "groups": [{"id": i, "name": n, "kind": k, "note": note} for i, n, k, note in GROUPS],
        },
        "criteria": criteria,
        "extra": {key: "unmet" for key in EXTRA_DESCRIPTIONS},
        "extra_descriptions": EXTRA_DESCRIPTIONS,
        "evidence": evidence,
        "plan": plan,
        "reviews": [review],
    }


# The members in the order Kiểm Định writes them, every field present: the sample is written
# exactly as the app would save it, so saving it unchanged changes nothing.
FIELDS = {
    "school": ["name", "type", "agency", "address", "principal", "phone", "email"],
    "cycle": ["school_year", "place", "date", "number", "target_level"],
    "member": ["id", "name", "position", "role", "group", "task", "note"],
    "group": ["id", "name", "kind", "note"],
    "criterion": ["strengths", "weaknesses", "improvement", "assignee", "indicators", "descriptions"],
    "evidence": ["id", "code", "title", "number_date", "issuer", "location", "criterion", "note"],
    "plan": ["id", "criterion", "issue", "target", "actions", "owner", "partners", "start", "deadline", "budget",
             "budget_source", "support", "supervisor", "indicators", "expected_evidence", "status", "note"],
    "review": ["id", "date", "title", "reviewer", "content", "result", "adjustment", "entries"],
    "entry": ["row", "status", "comment"],
}
NUMBERS = {"target_level", "budget"}


def complete(kind, item):
    return {k: item.get(k, 0 if k in NUMBERS else "") for k in FIELDS[kind]}


def main():
    document = build()
    document["school"] = complete("school", document["school"])
    document["cycle"] = complete("cycle", document["cycle"])
    council = document["council"]
    council["members"] = [complete("member", m) for m in council["members"]]
    council["groups"] = [complete("group", g) for g in council["groups"]]
    document["criteria"] = {code: complete("criterion", r) for code, r in document["criteria"].items()}
    document["evidence"] = [complete("evidence", e) for e in document["evidence"]]
    document["plan"] = [complete("plan", r) for r in document["plan"]]
    document["reviews"] = [complete("review", r) for r in document["reviews"]]
    for review in document["reviews"]:
        review["entries"] = [complete("entry", e) for e in review["entries"]]
    # json-glib's pretty printer: one space of indent, " : " between a name and its value.
    text = json.dumps(document, ensure_ascii=False, indent=1, separators=(",", " : ")) + "\n"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(nfc(text), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(document['criteria'])} criteria, {len(document['evidence'])} evidence, "
          f"{len(document['plan'])} plan rows")


if __name__ == "__main__":
    main()
