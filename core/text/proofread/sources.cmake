# Spell checking and proofreading (issue 4). Kept by whoever works on core/text/proofread.
# Hunspell is private to the core: the SpellChecker header only forward-declares it.
pkg_check_modules(HUNSPELL REQUIRED IMPORTED_TARGET hunspell)
target_link_libraries(newsdesk_core PRIVATE PkgConfig::HUNSPELL)
target_sources(newsdesk_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Finding.h ${CMAKE_CURRENT_LIST_DIR}/Finding.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ToneMarks.h ${CMAKE_CURRENT_LIST_DIR}/ToneMarks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TextScan.h ${CMAKE_CURRENT_LIST_DIR}/TextScan.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SpellChecker.h ${CMAKE_CURRENT_LIST_DIR}/SpellChecker.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Rules.h
  ${CMAKE_CURRENT_LIST_DIR}/TypographyRules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SpellingRules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Proofreader.h ${CMAKE_CURRENT_LIST_DIR}/Proofreader.cpp
)
