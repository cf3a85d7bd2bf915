# The demo newsroom (`newsdesk --demo`): sample Vietnamese articles in every workflow state.
target_sources(newsdesk_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/DemoNewsroom.h ${CMAKE_CURRENT_LIST_DIR}/DemoNewsroom.cpp
)
