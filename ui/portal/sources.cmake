# Connecting a portal account (issue 7).
target_sources(newsdesk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ConnectDialog.h
  ${CMAKE_CURRENT_LIST_DIR}/ConnectDialog.cpp
)
