# SPDX-License-Identifier: GPL-3.0-or-later
# Installers, through CPack: a .deb and an .rpm on Linux, an NSIS installer on Windows, a DragNDrop
# .dmg on macOS. Included once from the top-level CMakeLists.txt, after every target exists.
#
# Linux (built and tested by scripts/test-package.sh):
#   cmake -S . -B build/package -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
#         -DWD_BUILD_TESTS=OFF -DWD_BUILD_BENCH=OFF -DWD_SCREENSHOT_BASE_URL=https://…/docs
#   cmake --build build/package && (cd build/package && cpack -G DEB && cpack -G RPM)
set(WD_PACKAGE_MAINTAINER "WhyDenied maintainers <maintainers@example.invalid>"
    CACHE STRING "Maintainer named in the packages")
# AppStream wants absolute screenshot URLs; the images are docs/screenshot-*.png in the repository.
# Whoever publishes the packages points this at where those files are served from.
set(WD_SCREENSHOT_BASE_URL "https://example.invalid/whydenied/docs"
    CACHE STRING "Base URL of docs/screenshot-*.png, for the AppStream metainfo (no trailing slash)")
if(WD_SCREENSHOT_BASE_URL MATCHES "/$")
  message(FATAL_ERROR "WD_SCREENSHOT_BASE_URL must not end with a slash: ${WD_SCREENSHOT_BASE_URL}")
endif()
if(WD_SCREENSHOT_BASE_URL MATCHES "example\\.invalid")
  message(STATUS "Packaging: WD_SCREENSHOT_BASE_URL is the placeholder ${WD_SCREENSHOT_BASE_URL}; "
                 "set it to where docs/screenshot-*.png are published before releasing")
endif()
set(WD_LICENSE_SPDX "GPL-3.0-or-later")
set(wd_packaging ${PROJECT_SOURCE_DIR}/packaging)

set(CPACK_VERBATIM_VARIABLES ON)  # NSIS commands below carry backslashes and quotes as written
set(CPACK_PACKAGE_NAME whydenied)
set(CPACK_PACKAGE_VENDOR "The WhyDenied developers")
set(CPACK_PACKAGE_CONTACT "${WD_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "explains permission errors and fixes them safely")
set(CPACK_PACKAGE_DESCRIPTION [=[WhyDenied explains "Permission denied" and "Operation not permitted" errors.
Drop a file on the window, open it from the file manager, or paste the error
text of a program: WhyDenied finds the paths and the operation in the text,
asks the kernel what really happens, walks the path like namei, and shows the
causes, ranked, each with the evidence and a fix that shows its exact command.
Privileged fixes run in a small helper through pkexec.
.
The package contains the window (whydenied, in English, German, French,
Spanish and Japanese) and the command line tool (whydenied-cli, text or
JSON output).]=])
set(CPACK_PACKAGE_INSTALL_DIRECTORY WhyDenied)
set(CPACK_PACKAGE_EXECUTABLES whydenied WhyDenied)  # the Start-menu entry (NSIS)
set(CPACK_STRIP_FILES ON)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)  # NSIS licence page, DMG licence agreement

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
  if(NOT CMAKE_INSTALL_PREFIX STREQUAL "/usr")
    message(STATUS "Packaging: CMAKE_INSTALL_PREFIX is ${CMAKE_INSTALL_PREFIX}; a .deb wants -DCMAKE_INSTALL_PREFIX=/usr "
                   "(the helper's path is compiled in and named by the polkit policy)")
  endif()
  if(WD_BUILD_GUI)
    install(FILES ${wd_packaging}/linux/org.whydenied.WhyDenied.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    configure_file(${wd_packaging}/linux/org.whydenied.WhyDenied.metainfo.xml.in
                   ${CMAKE_BINARY_DIR}/org.whydenied.WhyDenied.metainfo.xml @ONLY)
    install(FILES ${CMAKE_BINARY_DIR}/org.whydenied.WhyDenied.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    set(wd_icons ${PROJECT_SOURCE_DIR}/resources/icons)
    install(FILES ${wd_icons}/whydenied.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    foreach(size 64 256)
      install(FILES ${wd_icons}/whydenied-${size}.png
              DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME whydenied.png)
    endforeach()
  endif()

  # Debian wants man pages and the changelog compressed, without a timestamp in the gzip header.
  find_program(WD_GZIP gzip REQUIRED)
  set(wd_pages whydenied-cli.1)
  if(WD_BUILD_GUI)
    list(APPEND wd_pages whydenied.1)
  endif()
  set(wd_compressed "")
  foreach(page IN LISTS wd_pages)
    add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/man/${page}.gz
      COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
      COMMAND ${WD_GZIP} -9nc ${wd_packaging}/man/${page} > ${CMAKE_BINARY_DIR}/man/${page}.gz
      DEPENDS ${wd_packaging}/man/${page})
    list(APPEND wd_compressed ${CMAKE_BINARY_DIR}/man/${page}.gz)
    install(FILES ${CMAKE_BINARY_DIR}/man/${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  endforeach()
  add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/doc/changelog.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/doc
    COMMAND ${WD_GZIP} -9nc ${wd_packaging}/linux/changelog > ${CMAKE_BINARY_DIR}/doc/changelog.gz
    DEPENDS ${wd_packaging}/linux/changelog)
  add_custom_target(whydenied_package_docs ALL DEPENDS ${wd_compressed} ${CMAKE_BINARY_DIR}/doc/changelog.gz)
  install(FILES ${CMAKE_BINARY_DIR}/doc/changelog.gz ${wd_packaging}/linux/copyright
          DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/whydenied)  # named after the package, not the project
  # Where Fedora and openSUSE look for a package's licence text (the RPM marks it %license); Debian's
  # copyright file above points at /usr/share/common-licenses/GPL-3 instead.
  install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/licenses/whydenied)

  set(CPACK_GENERATOR DEB)
  set(CPACK_PACKAGING_INSTALL_PREFIX "${CMAKE_INSTALL_PREFIX}")
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # whydenied_0.1.0_amd64.deb
  set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${WD_PACKAGE_MAINTAINER}")
  set(CPACK_DEBIAN_PACKAGE_SECTION utils)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  # libqt6gui6 only recommends the platform plugins, and without them the window does not start.
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
  # pkexec for privileged fixes; Qt's own translations for its standard dialogs; the Wayland
  # platform plugin (without it Qt runs through XWayland). The SVG icon plugin is only a
  # suggestion: a PNG icon stands in without it.
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "pkexec, qt6-translations-l10n, qt6-wayland")
  set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6svg6")
  set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

  # The RPM (cpack -G RPM; Debian's `rpm` package provides rpmbuild): the same files as the .deb.
  # Library dependencies come from rpmbuild's automatic requires (sonames); the rest are named
  # as Fedora names them.
  find_program(WD_RPMBUILD rpmbuild)
  if(WD_RPMBUILD)
    list(APPEND CPACK_GENERATOR RPM)
  endif()
  set(CPACK_RPM_FILE_NAME RPM-DEFAULT)  # whydenied-0.1.0-1.x86_64.rpm
  set(CPACK_RPM_PACKAGE_LICENSE "${WD_LICENSE_SPDX}")
  set(CPACK_RPM_PACKAGE_GROUP "Applications/System")
  set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
  set(CPACK_RPM_PACKAGE_RELEASE 1)
  set(CPACK_RPM_PACKAGE_AUTOREQ ON)
  # qt6-qtbase-gui carries the platform plugins the window needs; polkit provides pkexec and owns
  # the folder of the helper's policy. CPack's RPM generator writes no Recommends tag (and
  # Suggests only where `rpm --suggests` works), so qt6-qtwayland and qt6-qttranslations, which
  # the .deb recommends, are left out: the README names them.
  set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-gui, polkit")
  set(CPACK_RPM_USER_FILELIST "%license ${CMAKE_INSTALL_FULL_DATADIR}/licenses/whydenied/LICENSE")
  # Folders that belong to the system (filesystem, hicolor-icon-theme, polkit): the package must not own them.
  set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
      ${CMAKE_INSTALL_FULL_LIBEXECDIR} ${CMAKE_INSTALL_FULL_DATADIR}/applications ${CMAKE_INSTALL_FULL_DATADIR}/metainfo
      ${CMAKE_INSTALL_FULL_DATADIR}/icons ${CMAKE_INSTALL_FULL_DATADIR}/icons/hicolor
      ${CMAKE_INSTALL_FULL_DATADIR}/icons/hicolor/scalable ${CMAKE_INSTALL_FULL_DATADIR}/icons/hicolor/scalable/apps
      ${CMAKE_INSTALL_FULL_DATADIR}/icons/hicolor/64x64 ${CMAKE_INSTALL_FULL_DATADIR}/icons/hicolor/64x64/apps
      ${CMAKE_INSTALL_FULL_DATADIR}/icons/hicolor/256x256 ${CMAKE_INSTALL_FULL_DATADIR}/icons/hicolor/256x256/apps
      ${CMAKE_INSTALL_FULL_DATADIR}/polkit-1 ${CMAKE_INSTALL_FULL_DATADIR}/polkit-1/actions
      ${CMAKE_INSTALL_FULL_DATADIR}/licenses ${CMAKE_INSTALL_FULL_MANDIR} ${CMAKE_INSTALL_FULL_MANDIR}/man1)
endif()

if(WIN32)
  # Built by scripts/package-windows.sh (Qt 6.4.2 for mingw-w64, cross-built on Debian) and installed
  # under Wine by scripts/test-windows-gui.sh. Layout: bin\ holds every .exe, the Qt and mingw
  # runtime DLLs, platforms\, styles\ and translations\ (bin\qt.conf says so).
  include(${CMAKE_CURRENT_LIST_DIR}/WindowsResources.cmake)
  # Per-user by default, all users on request: the project's own template (packaging/windows).
  set(CPACK_GENERATOR NSIS ZIP)
  set(CPACK_MODULE_PATH ${wd_packaging}/windows)
  set(CPACK_PACKAGE_FILE_NAME whydenied-${PROJECT_VERSION}-win64)
  set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY WhyDenied)
  set(CPACK_NSIS_PACKAGE_NAME WhyDenied)
  set(CPACK_NSIS_DISPLAY_NAME WhyDenied)
  set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
  set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\whydenied.exe)
  set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/icons/whydenied.ico)
  set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/resources/icons/whydenied.ico)
  set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
  # The portable .zip unpacks to one folder, whydenied-<version>-win64\bin\whydenied.exe.
  set(CPACK_ARCHIVE_FILE_NAME whydenied-${PROJECT_VERSION}-win64)
  include(${wd_packaging}/windows/nsis-context-menu.cmake)
  install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION . RENAME LICENSE.txt)
  if(WD_BUILD_GUI AND CMAKE_HOST_WIN32)
    # Built on Windows (MSYS2, MSVC): that Qt's DLLs need further DLLs of their own (ICU, zstd…),
    # which windeployqt knows about. It runs at install time, so the NSIS staging tree gets them too.
    find_program(WD_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
    install(CODE "execute_process(COMMAND \"${WD_WINDEPLOYQT}\" --release --no-system-d3d-compiler --no-opengl-sw
                    \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/whydenied.exe\"
                  COMMAND_ERROR_IS_FATAL ANY)")
  elseif(WD_BUILD_GUI)
    # Cross-built on Linux, where windeployqt cannot run: these rules put beside the .exe files
    # what it would for the Qt of scripts/package-windows.sh (its third-party code is built in).
    get_target_property(wd_qtcore_dll Qt6::Core IMPORTED_LOCATION_RELEASE)
    get_filename_component(wd_qt_bin "${wd_qtcore_dll}" DIRECTORY)
    get_filename_component(wd_qt_prefix "${wd_qt_bin}" DIRECTORY)
    install(FILES ${wd_qt_bin}/Qt6Core.dll ${wd_qt_bin}/Qt6Gui.dll ${wd_qt_bin}/Qt6Widgets.dll
                  ${wd_qt_bin}/Qt6Concurrent.dll
                  # The mingw-w64 runtime Qt itself links (the same Debian compiler built it).
                  ${wd_qt_bin}/libstdc++-6.dll ${wd_qt_bin}/libgcc_s_seh-1.dll ${wd_qt_bin}/libwinpthread-1.dll
            DESTINATION ${CMAKE_INSTALL_BINDIR})
    install(FILES ${wd_qt_prefix}/plugins/platforms/qwindows.dll DESTINATION ${CMAKE_INSTALL_BINDIR}/platforms)
    install(FILES ${wd_qt_prefix}/plugins/styles/qwindowsvistastyle.dll DESTINATION ${CMAKE_INSTALL_BINDIR}/styles)
    # The window's own translations are inside whydenied.exe (:/i18n); Qt's, for its standard
    # dialogs, are the platform-independent .qm files of Debian's qt6-translations-l10n.
    set(wd_qt_translations /usr/share/qt6/translations)
    foreach(lang de es fr ja)
      if(EXISTS ${wd_qt_translations}/qtbase_${lang}.qm)
        install(FILES ${wd_qt_translations}/qtbase_${lang}.qm DESTINATION ${CMAKE_INSTALL_BINDIR}/translations)
      else()
        message(STATUS "Packaging: no ${wd_qt_translations}/qtbase_${lang}.qm (qt6-translations-l10n); "
                       "Qt's own dialogs stay English in ${lang}")
      endif()
    endforeach()
    # Without qt.conf Qt would look for plugins and translations in the folder above bin\.
    file(GENERATE OUTPUT ${CMAKE_BINARY_DIR}/windows/qt.conf
         CONTENT "[Paths]\nPrefix=.\nPlugins=.\nTranslations=translations\n")
    install(FILES ${CMAKE_BINARY_DIR}/windows/qt.conf DESTINATION ${CMAKE_INSTALL_BINDIR})
  endif()
endif()

if(APPLE AND WD_BUILD_GUI)
  # Not run here: no macOS machine in this environment.
  set_target_properties(whydenied PROPERTIES
    OUTPUT_NAME WhyDenied
    MACOSX_BUNDLE_INFO_PLIST ${wd_packaging}/macos/Info.plist.in
    MACOSX_BUNDLE_BUNDLE_NAME WhyDenied
    MACOSX_BUNDLE_GUI_IDENTIFIER org.whydenied.WhyDenied
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "© 2026 The WhyDenied developers. Licensed under ${WD_LICENSE_SPDX}.")
  # macdeployqt puts the Qt frameworks and plugins into the bundle installed at the top of the
  # image; the CLI sits beside it.
  find_program(WD_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
  install(CODE "execute_process(COMMAND \"${WD_MACDEPLOYQT}\" \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/WhyDenied.app\"
                COMMAND_ERROR_IS_FATAL ANY)")
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_DMG_VOLUME_NAME WhyDenied)
  set(CPACK_DMG_FORMAT UDZO)
  set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE ON)  # the licence agreement shown when the image opens
  install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION WhyDenied.app/Contents/Resources)
endif()

include(CPack)
