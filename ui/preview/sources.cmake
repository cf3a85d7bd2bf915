# The locked-down WebEngine preview, PDF export and "copy for the portal".
target_sources(newsdesk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/PreviewUrlSchemes.h ${CMAKE_CURRENT_LIST_DIR}/PreviewUrlSchemes.cpp
)
