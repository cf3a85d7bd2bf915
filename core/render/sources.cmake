# Article page rendering: portal templates -> preview/export HTML (pure, no WebEngine).
target_sources(newsdesk_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ArticlePage.h ${CMAKE_CURRENT_LIST_DIR}/ArticlePage.cpp
)
