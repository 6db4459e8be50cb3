# SPDX-License-Identifier: GPL-3.0-or-later
# wd_warnings(target): the project's warning set; errors when WD_WERROR is on (CI).
function(wd_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 $<$<BOOL:${WD_WERROR}>:/WX>)
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                           $<$<BOOL:${WD_WERROR}>:-Werror>)
  endif()
endfunction()
