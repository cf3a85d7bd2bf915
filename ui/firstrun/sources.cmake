# First-run assistant, settings dialog, demo store.
target_sources(newsdesk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/AppSettings.h ${CMAKE_CURRENT_LIST_DIR}/AppSettings.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SettingsDialog.h ${CMAKE_CURRENT_LIST_DIR}/SettingsDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FirstRunAssistant.h ${CMAKE_CURRENT_LIST_DIR}/FirstRunAssistant.cpp
)
