// Placeholder until the parser lands (issue 3): finds nothing.
#include "whydenied/parse.h"
namespace wd {
std::vector<ParsedRequest> parseErrorText(std::string_view, const ParseOptions&) { return {}; }
}  // namespace wd
