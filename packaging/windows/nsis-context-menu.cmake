# SPDX-License-Identifier: GPL-3.0-or-later
# Explorer: "Why can't I open this?" on every file (*) and every folder (Directory), starting the
# window on the item. Per-machine keys (HKLM\Software\Classes), written by the NSIS installer and
# removed by its uninstaller. Included from cmake/Packaging.cmake; CPACK_VERBATIM_VARIABLES is on,
# so the backslashes and quotes below reach the .nsi script exactly as written.
# Not run here: there is no Windows machine in this environment.
set(wd_label "Why can't I open this?")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "")
foreach(class "*" "Directory")
  set(key "Software\\Classes\\${class}\\shell\\WhyDenied")
  string(APPEND CPACK_NSIS_EXTRA_INSTALL_COMMANDS
    "  WriteRegStr HKLM \"${key}\" \"\" \"${wd_label}\"\n"
    "  WriteRegStr HKLM \"${key}\" \"Icon\" \"$INSTDIR\\bin\\whydenied.exe,0\"\n"
    "  WriteRegStr HKLM \"${key}\\command\" \"\" '\"$INSTDIR\\bin\\whydenied.exe\" \"%1\"'\n")
  string(APPEND CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
    "  DeleteRegKey HKLM \"${key}\"\n")
endforeach()
