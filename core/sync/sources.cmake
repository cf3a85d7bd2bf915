# The outbox and the sync engine (issue 7): local workflow actions -> the portal.
target_sources(newsdesk_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/PostPayload.h ${CMAKE_CURRENT_LIST_DIR}/PostPayload.cpp
  ${CMAKE_CURRENT_LIST_DIR}/OutboxOperation.h
  ${CMAKE_CURRENT_LIST_DIR}/OutboxStore.h ${CMAKE_CURRENT_LIST_DIR}/OutboxStore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/OutboxWriter.h ${CMAKE_CURRENT_LIST_DIR}/OutboxWriter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PortalAccountStore.h ${CMAKE_CURRENT_LIST_DIR}/PortalAccountStore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RetryPolicy.h ${CMAKE_CURRENT_LIST_DIR}/RetryPolicy.cpp
  ${CMAKE_CURRENT_LIST_DIR}/WpClient.h ${CMAKE_CURRENT_LIST_DIR}/WpClient.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ConflictStore.h ${CMAKE_CURRENT_LIST_DIR}/ConflictStore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ConflictResolver.h ${CMAKE_CURRENT_LIST_DIR}/ConflictResolver.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PullApplier.h ${CMAKE_CURRENT_LIST_DIR}/PullApplier.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SyncEngine.h ${CMAKE_CURRENT_LIST_DIR}/SyncEngine.cpp
)
