# Conflicts with the portal: the dialog that resolves them one at a time, and its merge editor.
target_sources(newsdesk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ConflictDialog.h ${CMAKE_CURRENT_LIST_DIR}/ConflictDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ConflictText.h ${CMAKE_CURRENT_LIST_DIR}/ConflictText.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MergeEditor.h ${CMAKE_CURRENT_LIST_DIR}/MergeEditor.cpp
)
