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
