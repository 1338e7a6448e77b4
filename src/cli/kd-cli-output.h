/* kd-cli-output.h — what kiemdinh-cli prints: the JSON shapes of docs/CLI.md and the text forms */
#pragma once

#include "kd-document.h"
#include "kd-rules.h"

G_BEGIN_DECLS

JsonNode *kd_cli_framework_list_to_json (KdFrameworkRegistry *registry);
JsonNode *kd_cli_framework_to_json (KdFramework *framework);
JsonNode *kd_cli_evaluation_to_json (KdEvaluation *evaluation,
                                     KdDocument   *document);
char     *kd_cli_json_to_string (JsonNode *node);

void kd_cli_print_framework (KdFramework *framework);
void kd_cli_print_evaluation (KdEvaluation *evaluation,
                              KdDocument   *document);

G_END_DECLS
