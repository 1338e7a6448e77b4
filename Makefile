# Two commands do all set-up on a fresh Debian 12 machine:
#   make run    install what is missing, build, start Kiểm Định
#   make check  install what is missing, build, run every test twice (plain and with sanitizers)
BUILD      ?= build
ASAN_BUILD ?= build-asan
# -noreset: Xvfb would otherwise reset when its last client goes (the recovery test kills the app
# with kill -9), and the next start could find no display for a moment.
XVFB        = xvfb-run -a -s "-screen 0 1366x768x24 -noreset"

.PHONY: all deps build run check check-plain check-asan format clean

all: build

deps:
	@tools/ensure-deps

$(BUILD)/build.ninja:
	meson setup $(BUILD)

build: deps $(BUILD)/build.ninja
	ninja -C $(BUILD)

run: build
	@tools/run-app $(BUILD) $(ARGS)

$(ASAN_BUILD)/build.ninja:
	meson setup $(ASAN_BUILD) -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug

check: deps $(BUILD)/build.ninja $(ASAN_BUILD)/build.ninja
	@ninja -C $(BUILD) && ninja -C $(ASAN_BUILD) || { echo "0 passed, 1 failed"; exit 1; }
	-@dbus-run-session -- $(XVFB) meson test -C $(BUILD) --print-errorlogs --num-processes 2
	-@dbus-run-session -- $(XVFB) meson test -C $(ASAN_BUILD) --print-errorlogs --num-processes 2
	@tools/test-summary $(BUILD) $(ASAN_BUILD)

format:
	clang-format -i $$(git ls-files '*.c' '*.h')

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
