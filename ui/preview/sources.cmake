# The locked-down WebEngine preview, PDF export and "copy for the portal".
target_sources(newsdesk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/PreviewUrlSchemes.h ${CMAKE_CURRENT_LIST_DIR}/PreviewUrlSchemes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PreviewSite.h ${CMAKE_CURRENT_LIST_DIR}/PreviewSite.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RequestGuard.h ${CMAKE_CURRENT_LIST_DIR}/RequestGuard.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LockedProfile.h ${CMAKE_CURRENT_LIST_DIR}/LockedProfile.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PreviewWebPage.h ${CMAKE_CURRENT_LIST_DIR}/PreviewWebPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RenderQueue.h ${CMAKE_CURRENT_LIST_DIR}/RenderQueue.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PreviewPane.h ${CMAKE_CURRENT_LIST_DIR}/PreviewPane.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PdfExporter.h ${CMAKE_CURRENT_LIST_DIR}/PdfExporter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PortalClipboard.h ${CMAKE_CURRENT_LIST_DIR}/PortalClipboard.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ArticleHandOffActions.h ${CMAKE_CURRENT_LIST_DIR}/ArticleHandOffActions.cpp
)
