# Review workflow, audit chain and scheduling (issue 6). Kept by whoever works on the workflow.
target_sources(newsdesk_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/domain/Workflow.h ${CMAKE_CURRENT_LIST_DIR}/domain/Workflow.cpp
  ${CMAKE_CURRENT_LIST_DIR}/domain/ReviewEvent.h ${CMAKE_CURRENT_LIST_DIR}/domain/ReviewEvent.cpp
  ${CMAKE_CURRENT_LIST_DIR}/domain/ReviewNote.h
  ${CMAKE_CURRENT_LIST_DIR}/domain/LocalProfile.h
  ${CMAKE_CURRENT_LIST_DIR}/store/WorkflowStore.h ${CMAKE_CURRENT_LIST_DIR}/store/WorkflowStore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/store/AuditLog.h ${CMAKE_CURRENT_LIST_DIR}/store/AuditLog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/store/ReviewNoteStore.h ${CMAKE_CURRENT_LIST_DIR}/store/ReviewNoteStore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/store/ProfileStore.h ${CMAKE_CURRENT_LIST_DIR}/store/ProfileStore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workflow/ScheduleTime.h ${CMAKE_CURRENT_LIST_DIR}/workflow/ScheduleTime.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workflow/WorkflowService.h
  ${CMAKE_CURRENT_LIST_DIR}/workflow/WorkflowService.cpp
)
