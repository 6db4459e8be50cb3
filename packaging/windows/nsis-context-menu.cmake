# SPDX-License-Identifier: GPL-3.0-or-later
# Explorer: "Why denied?" on every file (*) and every folder (Directory), starting the window on the
# item. SHCTX is HKCU\Software\Classes for the default per-user install (no administrator needed)
# and HKLM\Software\Classes for an all-users one (packaging/windows/NSIS.template.in picks it).
# Written by the installer, removed by its uninstaller. Included from cmake/Packaging.cmake;
# CPACK_VERBATIM_VARIABLES is on, so the backslashes and quotes below reach the .nsi script as written.
set(wd_label "Why denied?")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "")
foreach(class "*" "Directory")
  set(key "Software\\Classes\\${class}\\shell\\WhyDenied")
  string(APPEND CPACK_NSIS_EXTRA_INSTALL_COMMANDS
    "  WriteRegStr SHCTX \"${key}\" \"\" \"${wd_label}\"\n"
    "  WriteRegStr SHCTX \"${key}\" \"Icon\" '\"$INSTDIR\\bin\\whydenied.exe\",0'\n"
    "  WriteRegStr SHCTX \"${key}\\command\" \"\" '\"$INSTDIR\\bin\\whydenied.exe\" \"%1\"'\n")
  string(APPEND CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
    "  DeleteRegKey SHCTX \"${key}\"\n")
endforeach()
