# newsdesk_add_test(NAME SOURCES... [LIBS ...] [GUI])
# One GoogleTest executable per area, registered with ctest, run offscreen in a UTF-8 C locale.
find_package(GTest REQUIRED)
find_package(Qt6 REQUIRED COMPONENTS Test)

function(newsdesk_add_test name)
  cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  if(ARG_GUI)
    target_sources(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common/GuiTestMain.cpp)
  else()
    target_sources(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common/TestMain.cpp)
  endif()
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} GTest::gtest GTest::gmock Qt6::Test newsdesk_options)
  target_compile_definitions(${name} PRIVATE
    NEWSDESK_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;QTWEBENGINE_DISABLE_SANDBOX=1"
    TIMEOUT 600)
endfunction()
