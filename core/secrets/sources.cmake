# Account passwords: the OS keychain through QtKeychain, or this session only (issue 7).
target_sources(newsdesk_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/SecretStore.h ${CMAKE_CURRENT_LIST_DIR}/SecretStore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/KeychainSecretStore.cpp
)
find_package(Qt6Keychain REQUIRED)
target_link_libraries(newsdesk_core PRIVATE qt6keychain)
# On Linux the keychain is reached over the D-Bus session bus; openSecretStore() checks for
# one first so that it can fail at once instead of waiting on a keychain call.
if(UNIX AND NOT APPLE)
  find_package(Qt6 REQUIRED COMPONENTS DBus)
  target_link_libraries(newsdesk_core PRIVATE Qt6::DBus)
endif()
