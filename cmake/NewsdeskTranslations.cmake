# newsdesk_add_translations(TARGET): compiles resources/translations/*.ts into .qm files and
# embeds them in TARGET under :/i18n. `cmake --build … --target update_translations` refreshes
# the .ts files from every tr() in core/, ui/ and app/.
function(newsdesk_add_translations target)
  file(GLOB_RECURSE _sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h)
  qt_add_translations(${target}
    TS_FILES ${PROJECT_SOURCE_DIR}/resources/translations/newsdesk_vi.ts
    SOURCES ${_sources}
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS -no-obsolete -locations none)
endfunction()

# Vietnamese for Qt's own strings (resources/translations/qt_newsdesk_vi.ts, kept by hand since
# Debian has no qtbase_vi), embedded beside ours as :/i18n/qt_newsdesk_vi.qm.
function(newsdesk_add_qt_translations target)
  set(_ts ${PROJECT_SOURCE_DIR}/resources/translations/qt_newsdesk_vi.ts)
  set(_qm ${CMAKE_CURRENT_BINARY_DIR}/qt_newsdesk_vi.qm)
  add_custom_command(OUTPUT ${_qm}
    COMMAND Qt6::lrelease -silent ${_ts} -qm ${_qm}
    DEPENDS ${_ts}
    COMMENT "Compiling Qt's Vietnamese strings")
  qt_add_resources(${target} "newsdesk_qt_translations" PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${_qm})
endfunction()
