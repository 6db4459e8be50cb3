# SPDX-License-Identifier: GPL-3.0-or-later
# The files whose user-facing strings go into translations/*.ts: the window and the core (every
# platform's rules, so a Windows or macOS build of the window is translated too). The CLI speaks
# English on purpose: its output is for scripts and bug reports.
function(wd_tr_source_list out_var source_dir)
  set(globs "${source_dir}/app/*.cpp" "${source_dir}/app/*.h"
            "${source_dir}/core/src/*.cpp" "${source_dir}/core/src/*.h"
            "${source_dir}/core/include/*.h")
  if(CMAKE_SCRIPT_MODE_FILE)
    file(GLOB_RECURSE files RELATIVE "${source_dir}" ${globs})
  else()
    # A rule added later must reach lupdate without anyone re-running cmake by hand.
    file(GLOB_RECURSE files RELATIVE "${source_dir}" CONFIGURE_DEPENDS ${globs})
  endif()
  list(SORT files)
  set(${out_var} "${files}" PARENT_SCOPE)
endfunction()
