# SPDX-License-Identifier: GPL-3.0-or-later
# Copies the sources lupdate reads into a mirror tree, spelling the core's WD_TR("…") marker out
# as QT_TRANSLATE_NOOP("whydenied", "…"). lupdate does not expand macros, and WD_TR takes only
# the text, so without this it would miss every core string (or file them under the namespace as
# context, which the app never asks for). Lines stay where they are, so the line numbers match.
#
# cmake -DWD_SOURCE_DIR=<repo> -DWD_MIRROR_DIR=<dir> -P TrSources.cmake
if(NOT WD_SOURCE_DIR OR NOT WD_MIRROR_DIR)
  message(FATAL_ERROR "TrSources.cmake: WD_SOURCE_DIR and WD_MIRROR_DIR are required")
endif()
include(${CMAKE_CURRENT_LIST_DIR}/TrSourceList.cmake)
wd_tr_source_list(sources "${WD_SOURCE_DIR}")
file(REMOVE_RECURSE "${WD_MIRROR_DIR}")
foreach(rel IN LISTS sources)
  file(READ "${WD_SOURCE_DIR}/${rel}" text)
  # The macro's own #define line in message.h must not become a marker itself.
  string(REPLACE "#define WD_TR(text)" "#define WD_TR_DEFINITION(text)" text "${text}")
  string(REPLACE "WD_TR(" "QT_TRANSLATE_NOOP(\"whydenied\", " text "${text}")
  # Templates with a count (%n) get plural forms.
  string(REPLACE "#define WD_TR_N(text)" "#define WD_TR_N_DEFINITION(text)" text "${text}")
  string(REPLACE "WD_TR_N(" "QT_TRANSLATE_N_NOOP(\"whydenied\", " text "${text}")
  file(WRITE "${WD_MIRROR_DIR}/${rel}" "${text}")
endforeach()
