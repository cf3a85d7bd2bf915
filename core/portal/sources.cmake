# Connecting a WordPress account (issue 7): URL policy, HTTP with limits, REST answers, errors.
target_sources(newsdesk_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/PortalIdentity.h ${CMAKE_CURRENT_LIST_DIR}/PortalIdentity.cpp
  ${CMAKE_CURRENT_LIST_DIR}/WpErrors.h ${CMAKE_CURRENT_LIST_DIR}/WpErrors.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SiteUrl.h ${CMAKE_CURRENT_LIST_DIR}/SiteUrl.cpp
  ${CMAKE_CURRENT_LIST_DIR}/HttpCall.h ${CMAKE_CURRENT_LIST_DIR}/HttpCall.cpp
  ${CMAKE_CURRENT_LIST_DIR}/WpResponses.h ${CMAKE_CURRENT_LIST_DIR}/WpResponses.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PortalConnection.h ${CMAKE_CURRENT_LIST_DIR}/PortalConnection.cpp
)
