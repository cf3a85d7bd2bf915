# Install rules for desktop integration, and the CPack configuration of the Debian package.
# Included from the top-level CMakeLists.txt after add_subdirectory(app), so every program
# target (newsdesk, newsdesk-cli and, once it exists, newsdesk-render) is known here. The
# programs' own install rules live in app/CMakeLists.txt; this file adds everything else.
# docs/packaging.md explains the package and tests/packaging/ tests it.
#
#   cmake -S . -B build/pkg -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr
#   cmake --build build/pkg --target newsdesk newsdesk-cli newsdesk-render   # all installed programs
#   cd build/pkg && cpack -G DEB          # -> newsdesk_<version>_amd64.deb

include(GNUInstallDirs)

# The AppStream component id. The .desktop file keeps the plain name newsdesk.desktop: Qt
# reports the window's Wayland app_id / X11 WM_CLASS as "newsdesk" (the program's name), so
# desktops match the window to the entry without any code change.
set(NEWSDESK_APPSTREAM_ID "io.github.newsdesk.Newsdesk")
set(NEWSDESK_DESKTOP_ID "newsdesk")
set(NEWSDESK_ICON_SIZES 16 24 32 48 64 128 256)

set(_nd_packaging_dir "${PROJECT_SOURCE_DIR}/packaging")

# The programs the package carries; tests/packaging builds exactly these before running cpack.
set(NEWSDESK_PACKAGED_TARGETS newsdesk newsdesk-cli)
if(TARGET newsdesk-render)
  list(APPEND NEWSDESK_PACKAGED_TARGETS newsdesk-render)
endif()

# ---------------------------------------------------------------------------------------------
# Desktop integration (freedesktop.org platforms only)
# ---------------------------------------------------------------------------------------------
if(UNIX AND NOT APPLE)
  install(FILES "${_nd_packaging_dir}/linux/${NEWSDESK_DESKTOP_ID}.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
  install(FILES "${_nd_packaging_dir}/linux/${NEWSDESK_APPSTREAM_ID}.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

  install(FILES "${_nd_packaging_dir}/linux/icons/newsdesk.svg"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
    RENAME "${NEWSDESK_DESKTOP_ID}.svg")
  foreach(_size IN LISTS NEWSDESK_ICON_SIZES)
    # Generated from the SVG by scripts/make-icons.sh and committed: the build needs no
    # SVG renderer.
    install(FILES "${_nd_packaging_dir}/linux/icons/hicolor/${_size}x${_size}/apps/newsdesk.png"
      DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps"
      RENAME "${NEWSDESK_DESKTOP_ID}.png")
  endforeach()

  # Debian wants a copyright file in every package (DEP-5 format).
  install(FILES "${_nd_packaging_dir}/debian/copyright"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/newsdesk")

  # Man pages, compressed as Debian policy wants (gzip -9n: no name, no time stamp, so the
  # package is reproducible). Compressed at configure time; editing a page re-runs configure.
  find_program(NEWSDESK_GZIP_EXECUTABLE gzip)
  mark_as_advanced(NEWSDESK_GZIP_EXECUTABLE)
  foreach(_page newsdesk.1 newsdesk-cli.1)
    set(_source "${_nd_packaging_dir}/man/${_page}")
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_source}")
    if(NEWSDESK_GZIP_EXECUTABLE)
      set(_compressed "${PROJECT_BINARY_DIR}/packaging/man/${_page}.gz")
      file(MAKE_DIRECTORY "${PROJECT_BINARY_DIR}/packaging/man")
      execute_process(COMMAND "${NEWSDESK_GZIP_EXECUTABLE}" -9 -n -c "${_source}"
        OUTPUT_FILE "${_compressed}"
        RESULT_VARIABLE _gzip_result)
      if(NOT _gzip_result EQUAL 0)
        message(FATAL_ERROR "gzip failed on ${_source}: ${_gzip_result}")
      endif()
      install(FILES "${_compressed}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    else()
      install(FILES "${_source}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    endif()
  endforeach()
endif()

# The UI translations (.qm) are compiled into the programs as Qt resources (:/i18n, see
# cmake/NewsdeskTranslations.cmake) and loaded only from there, so none is installed.

# ---------------------------------------------------------------------------------------------
# Does any packaged program link QtKeychain? dpkg-shlibdeps finds the library anyway; naming
# the package as well keeps Depends right if shlibdeps is turned off, and the install test
# checks the two agree.
# ---------------------------------------------------------------------------------------------
function(_newsdesk_links_keychain out)
  set(_seen "")
  set(_queue ${NEWSDESK_PACKAGED_TARGETS})
  set(_found OFF)
  while(_queue)
    list(POP_FRONT _queue _item)
    if(_item IN_LIST _seen)
      continue()
    endif()
    list(APPEND _seen "${_item}")
    if(_item MATCHES "[Kk]eychain")
      set(_found ON)
      break()
    endif()
    if(TARGET "${_item}")
      get_target_property(_aliased "${_item}" ALIASED_TARGET)
      if(_aliased)
        list(APPEND _queue "${_aliased}")
        continue()
      endif()
      foreach(_property LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
        get_target_property(_libs "${_item}" ${_property})
        if(_libs)
          foreach(_lib IN LISTS _libs)
            # $<LINK_ONLY:x> and similar wrappers: keep the name inside.
            string(REGEX REPLACE "^\\$<[A-Z_]+:(.*)>$" "\\1" _lib "${_lib}")
            list(APPEND _queue "${_lib}")
          endforeach()
        endif()
      endforeach()
    endif()
  endwhile()
  set(${out} ${_found} PARENT_SCOPE)
endfunction()
_newsdesk_links_keychain(NEWSDESK_LINKS_QTKEYCHAIN)

# ---------------------------------------------------------------------------------------------
# CPack: the Debian package
# ---------------------------------------------------------------------------------------------
set(NEWSDESK_PACKAGE_MAINTAINER "Newsdesk developers <newsdesk@example.invalid>"
  CACHE STRING "Maintainer field of the .deb (Name <address>)")

set(CPACK_PACKAGE_NAME "newsdesk")
set(CPACK_PACKAGE_VENDOR "Newsdesk developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "Newsroom editor for local-government web portals")
set(CPACK_PACKAGE_CONTACT "${NEWSDESK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Newsdesk")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR "TXZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/\\\\.cache/" "/Testing/" "\\\\.user$")
if(UNIX AND NOT APPLE)
  set(CPACK_GENERATOR "DEB")
endif()

# newsdesk_<version>_<arch>.deb (no -release suffix while CPACK_DEBIAN_PACKAGE_RELEASE is unset)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_NAME "newsdesk")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${NEWSDESK_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "editors")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the extended description (CPack
# indents it and turns empty lines into " ."). Lines under 80 characters.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"Newsdesk is a desktop editor for the communications office of a
local-government web portal: write and review articles in Vietnamese,
offline, in a local store; preview them as the portal shows them; publish
approved articles.

It offers diacritic-insensitive Vietnamese search, revision history with
word differences, Vietnamese spelling and proofreading, a review workflow
(submit, approve, schedule, publish), and import and export of HTML,
Markdown, text and JSON. The package also contains newsdesk-cli, the same
features without a display, for scripts and servers.")

# Shared libraries are found by dpkg-shlibdeps (from dpkg-dev). What it cannot see:
#   libqt6sql6-sqlite            the QSQLITE driver, a plugin loaded at run time
#   libqt6webenginecore6-bin     QtWebEngineProcess, started by the preview and PDF export;
#                                libqt6webenginecore6 does not depend on it
#   qt6-qpa-plugins              extra platform plugins (xcb and offscreen are in libqt6gui6)
#   hunspell-vi                  the vi_VN spelling dictionary, opened by path
#   fonts-noto-core | fonts-dejavu-core   fonts with full Vietnamese coverage
#   tzdata                       Asia/Ho_Chi_Minh, the portal's time zone
set(NEWSDESK_DEB_DEPENDS
  "libqt6sql6-sqlite"
  "libqt6webenginecore6-bin"
  "qt6-qpa-plugins"
  "hunspell-vi"
  "fonts-noto-core | fonts-dejavu-core"
  "tzdata")
if(NEWSDESK_LINKS_QTKEYCHAIN)
  list(APPEND NEWSDESK_DEB_DEPENDS "libqt6keychain1")
endif()
list(JOIN NEWSDESK_DEB_DEPENDS ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# WebP photos need Qt's extra image formats; Wayland sessions use qt6-wayland (without it Qt
# runs through XWayland).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-image-formats-plugins, qt6-wayland")

include(CPack)
