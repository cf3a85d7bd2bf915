# The sync panel and the sync worker thread (issue 7).
target_sources(newsdesk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/SyncController.h ${CMAKE_CURRENT_LIST_DIR}/SyncController.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SyncWorker.h ${CMAKE_CURRENT_LIST_DIR}/SyncWorker.cpp
  ${CMAKE_CURRENT_LIST_DIR}/OutboxModel.h ${CMAKE_CURRENT_LIST_DIR}/OutboxModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SyncPanel.h ${CMAKE_CURRENT_LIST_DIR}/SyncPanel.cpp
)
