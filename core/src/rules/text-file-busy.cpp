#include "rules/common.h"

#include <optional>

namespace wd {

// Linux refuses to write to an executable that a process is running (ETXTBSY).
std::optional<Finding> rule_text_file_busy(const Facts& f) {
    if (!rules::deniedWith(f, ETXTBSY)) return std::nullopt;
    const Node* t = f.targetNode();
    Finding out = rules::finding(
        "text-file-busy", 0.99, Message(WD_TR("%1 is a program that is running right now"), {t ? t->path : f.absolute}),
        Message(WD_TR("The system does not let anyone overwrite a program while it runs. Stop the running copy, "
                      "or write the new version beside it and rename it over the old one (rename is allowed).")),
        f, f.target);
    return out;
}

}  // namespace wd
