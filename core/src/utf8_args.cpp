// SPDX-License-Identifier: GPL-3.0-or-later
#include "whydenied/utf8_args.h"

#ifdef _WIN32
#include <windows.h>
#include <shellapi.h>
#endif

namespace wd {

std::vector<std::string> utf8Arguments(int argc, char** argv) {
#ifdef _WIN32
    int wargc = 0;
    LPWSTR* wargv = CommandLineToArgvW(GetCommandLineW(), &wargc);
    if (wargv) {
        std::vector<std::string> out;
        for (int i = 0; i < wargc; ++i) {
            const int n = WideCharToMultiByte(CP_UTF8, 0, wargv[i], -1, nullptr, 0, nullptr, nullptr);
            std::string s(static_cast<size_t>(n > 0 ? n : 1), '\0');
            if (n > 0) WideCharToMultiByte(CP_UTF8, 0, wargv[i], -1, s.data(), n, nullptr, nullptr);
            s.resize(s.size() - 1);  // the terminating NUL
            out.push_back(std::move(s));
        }
        LocalFree(wargv);
        return out;
    }
#endif
    return std::vector<std::string>(argv, argv + argc);
}

void useUtf8Console() {
#ifdef _WIN32
    SetConsoleOutputCP(CP_UTF8);
#endif
}

}  // namespace wd
