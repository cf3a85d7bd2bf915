# Backups of the store and its media, and the log file.
target_sources(newsdesk_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/StoreBackup.h ${CMAKE_CURRENT_LIST_DIR}/StoreBackup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DurableFiles.h ${CMAKE_CURRENT_LIST_DIR}/DurableFiles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../util/LogCategories.h ${CMAKE_CURRENT_LIST_DIR}/../util/LogCategories.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../util/LogFile.h ${CMAKE_CURRENT_LIST_DIR}/../util/LogFile.cpp
)
