# SPDX-License-Identifier: GPL-3.0-or-later
# Icon, application manifest (packaging/windows/whydenied.manifest.in) and version resource for each
# Windows executable. Included from cmake/Packaging.cmake, once every target exists.
enable_language(RC)
function(wd_windows_resources target description)
  if(NOT TARGET ${target})
    return()
  endif()
  set(WD_RC_NAME ${target})
  set(WD_RC_DESCRIPTION "${description}")
  set(WD_RC_ICON ${PROJECT_SOURCE_DIR}/resources/icons/whydenied.ico)
  set(WD_RC_MANIFEST ${CMAKE_BINARY_DIR}/windows/${target}.manifest)
  configure_file(${PROJECT_SOURCE_DIR}/packaging/windows/whydenied.manifest.in ${WD_RC_MANIFEST} @ONLY)
  configure_file(${PROJECT_SOURCE_DIR}/packaging/windows/whydenied.rc.in ${CMAKE_BINARY_DIR}/windows/${target}.rc @ONLY)
  target_sources(${target} PRIVATE ${CMAKE_BINARY_DIR}/windows/${target}.rc)
  set_property(SOURCE ${CMAKE_BINARY_DIR}/windows/${target}.rc TARGET_DIRECTORY ${target}
               APPEND PROPERTY OBJECT_DEPENDS ${WD_RC_ICON} ${WD_RC_MANIFEST})
endfunction()

wd_windows_resources(whydenied "WhyDenied: why a file gives Access is denied")
wd_windows_resources(whydenied-cli "WhyDenied command line")
wd_windows_resources(whydenied-helper "WhyDenied helper for privileged fixes")
wd_windows_resources(whydenied-holders-worker "WhyDenied open-handle scanner")
