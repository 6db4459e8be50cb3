# SPDX-License-Identifier: GPL-3.0-or-later
# Translations of the window and the core strings it shows, compiled into the app as :/i18n/*.qm.
# Included from app/CMakeLists.txt after whydenied_app exists. The .ts files are refreshed with
# scripts/update-translations.sh (or the update_translations target); tests/translations checks
# that they are complete.
set(WD_LANGUAGES de fr es ja)
set(WD_TS_FILES "")
foreach(lang IN LISTS WD_LANGUAGES)
  list(APPEND WD_TS_FILES ${PROJECT_SOURCE_DIR}/translations/whydenied_${lang}.ts)
endforeach()
set(WD_TS_FILES ${WD_TS_FILES} CACHE INTERNAL "translations/*.ts")

include(${PROJECT_SOURCE_DIR}/cmake/TrSourceList.cmake)
wd_tr_source_list(wd_tr_sources ${PROJECT_SOURCE_DIR})
set(wd_tr_mirror ${CMAKE_BINARY_DIR}/lupdate-sources)
list(TRANSFORM wd_tr_sources PREPEND ${wd_tr_mirror}/ OUTPUT_VARIABLE wd_tr_mirrored)

# lupdate reads a mirror in which WD_TR is spelled out (see TrSources.cmake).
add_custom_target(whydenied_tr_sources
  COMMAND ${CMAKE_COMMAND} -DWD_SOURCE_DIR=${PROJECT_SOURCE_DIR} -DWD_MIRROR_DIR=${wd_tr_mirror}
          -P ${PROJECT_SOURCE_DIR}/cmake/TrSources.cmake
  COMMENT "Preparing sources for lupdate"
  VERBATIM)

qt_add_translations(whydenied_app
  TS_FILES ${WD_TS_FILES}
  SOURCES ${wd_tr_mirrored}
  INCLUDE_DIRECTORIES ${wd_tr_mirror}/app ${wd_tr_mirror}/core/include ${wd_tr_mirror}/core/src
  # Locations would name the mirror in the build tree; leave them out so a refresh from any build
  # directory gives the same file. Removed strings are dropped, not kept as "vanished".
  LUPDATE_OPTIONS -locations none -no-obsolete
  LRELEASE_OPTIONS -nounfinished -removeidentical)
add_dependencies(whydenied_app_lupdate whydenied_tr_sources)

# English carries only plural forms (lupdate -pluralonly, see scripts/update-translations.sh):
# without it "%n folders" reads "1 folders". main.cpp loads it whenever no full translation fits.
set(WD_PLURALS_TS ${PROJECT_SOURCE_DIR}/translations/whydenied_en.ts CACHE INTERNAL "plural-only English")
add_custom_target(whydenied_plurals)  # qt_add_lrelease names its own target after this one
qt_add_lrelease(whydenied_plurals TS_FILES ${WD_PLURALS_TS} QM_FILES_OUTPUT_VARIABLE wd_plurals_qm
  OPTIONS -nounfinished -removeidentical)
qt_add_resources(whydenied_app wd_plurals PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${wd_plurals_qm})
