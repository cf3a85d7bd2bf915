# The Backups window: back up now, list, restore.
target_sources(newsdesk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/BackupsDialog.h ${CMAKE_CURRENT_LIST_DIR}/BackupsDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BackupWorker.h ${CMAKE_CURRENT_LIST_DIR}/BackupWorker.cpp
)
