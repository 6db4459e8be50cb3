# SPDX-License-Identifier: GPL-3.0-or-later
# Runs lupdate over the current sources into copies of translations/*.ts (the real files stay
# untouched) and fails when, in any language:
#   - a source string has no finished translation (new strings come out of lupdate "unfinished"),
#   - an entry is "vanished" or "obsolete" (its source string is gone: refresh the .ts),
#   - a translation is empty or drops, adds or renumbers a %1..%9 placeholder.
# The fix is always: scripts/update-translations.sh, then translate what it reports.
foreach(var WD_SOURCE_DIR WD_LUPDATE WD_WORK_DIR WD_TS_FILES)
  if(NOT ${var})
    message(FATAL_ERROR "CheckTranslations.cmake: ${var} is required")
  endif()
endforeach()

set(WD_MIRROR_DIR ${WD_WORK_DIR}/src)
include(${WD_SOURCE_DIR}/cmake/TrSources.cmake)

file(REMOVE_RECURSE ${WD_WORK_DIR}/ts)
file(MAKE_DIRECTORY ${WD_WORK_DIR}/ts)
set(copies "")
foreach(ts IN LISTS WD_TS_FILES)
  if(NOT EXISTS ${ts})
    message(FATAL_ERROR "missing translation file ${ts}")
  endif()
  get_filename_component(name ${ts} NAME)
  file(COPY_FILE ${ts} ${WD_WORK_DIR}/ts/${name})
  list(APPEND copies ${WD_WORK_DIR}/ts/${name})
endforeach()

# lupdate over the mirrored sources into the given .ts copies, with the same options as
# scripts/update-translations.sh except that removed strings stay, marked vanished, so that this
# test can name them. Extra options (ARGN) come first.
function(wd_lupdate_copies ts)
  execute_process(
    COMMAND ${WD_LUPDATE} -locations none ${ARGN}
            -I ${WD_MIRROR_DIR}/app -I ${WD_MIRROR_DIR}/core/include -I ${WD_MIRROR_DIR}/core/src
            ${WD_MIRROR_DIR}/app ${WD_MIRROR_DIR}/core -ts ${ts}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate ${ARGN} failed (${rc}):\n${out}\n${err}")
  endif()
endfunction()

wd_lupdate_copies("${copies}")

# English keeps only its plural forms ("1 folder"), checked the same way.
if(WD_PLURALS_TS)
  set(plurals ${WD_WORK_DIR}/ts/plurals_en.ts)
  file(COPY_FILE ${WD_PLURALS_TS} ${plurals})
  wd_lupdate_copies(${plurals} -pluralonly -target-language en)
  list(APPEND copies ${plurals})
endif()

set(problems 0)
set(report "")
foreach(copy IN LISTS copies)
  get_filename_component(name ${copy} NAME)
  file(READ ${copy} xml)
  # One list element per <message>. Characters that CMake's list splitting treats specially
  # (';', '[', ']', '\\') are masked first and restored for the report.
  string(REPLACE "\\" "@BS@" xml "${xml}")
  string(REPLACE ";" "@SC@" xml "${xml}")
  string(REPLACE "[" "@LB@" xml "${xml}")
  string(REPLACE "]" "@RB@" xml "${xml}")
  string(REPLACE "</message>" ";" chunks "${xml}")
  set(checked 0)
  foreach(chunk IN LISTS chunks)
    if(NOT chunk MATCHES "<message[^>]*>")
      continue()
    endif()
    math(EXPR checked "${checked} + 1")
    string(REGEX MATCH "<source>([^<]*)</source>" _ "${chunk}")
    set(source "${CMAKE_MATCH_1}")
    string(REGEX MATCH "<translation([^>]*)>(.*)</translation>" _ "${chunk}")
    set(attrs "${CMAKE_MATCH_1}")
    set(text "${CMAKE_MATCH_2}")
    set(problem "")
    if(attrs MATCHES "type=\"(unfinished|vanished|obsolete)\"")
      set(problem "${CMAKE_MATCH_1}")
    elseif(text STREQUAL "" OR text MATCHES "<numerusform></numerusform>")
      set(problem "empty translation")
    else()
      string(REGEX MATCHALL "%[1-9n]" want "${source}")
      string(REGEX MATCHALL "%[1-9n]" have "${text}")
      foreach(list_var want have)
        if(${list_var})
          list(REMOVE_DUPLICATES ${list_var})
          list(SORT ${list_var})
        endif()
      endforeach()
      if(NOT "${want}" STREQUAL "${have}")
        set(problem "placeholders ${want} in the source but ${have} in the translation")
      endif()
    endif()
    if(problem)
      math(EXPR problems "${problems} + 1")
      string(REPLACE "@BS@" "\\" source "${source}")
      string(REPLACE "@LB@" "[" source "${source}")
      string(REPLACE "@RB@" "]" source "${source}")
      string(REPLACE "@SC@" ";" source "${source}")
      string(REPLACE "&apos;" "'" source "${source}")
      string(REPLACE "&quot;" "\"" source "${source}")
      string(REPLACE "&lt;" "<" source "${source}")
      string(REPLACE "&gt;" ">" source "${source}")
      string(REPLACE "&amp;" "&" source "${source}")
      string(APPEND report "  ${name}: ${problem}: \"${source}\"\n")
    endif()
  endforeach()
  if(checked EQUAL 0)
    math(EXPR problems "${problems} + 1")
    string(APPEND report "  ${name}: no messages at all\n")
  endif()
  message(STATUS "${name}: ${checked} messages checked")
endforeach()

if(problems GREATER 0)
  message(FATAL_ERROR "${problems} translation problem(s); run scripts/update-translations.sh and "
                      "translate these:\n${report}")
endif()
message(STATUS "translations complete")
