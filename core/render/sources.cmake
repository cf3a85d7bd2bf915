# Article page rendering: portal templates -> preview/export HTML (pure, no WebEngine).
target_sources(newsdesk_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ArticlePage.h ${CMAKE_CURRENT_LIST_DIR}/ArticlePage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PageMarkup.h ${CMAKE_CURRENT_LIST_DIR}/PageMarkup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PortalTemplate.h ${CMAKE_CURRENT_LIST_DIR}/PortalTemplate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TemplateRules.h ${CMAKE_CURRENT_LIST_DIR}/TemplateRules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PortalHandOff.h ${CMAKE_CURRENT_LIST_DIR}/PortalHandOff.cpp
)

# The built-in template (resources/portal-template), embedded at :/portal-template. Every file of
# the folder goes in, so adding fonts/ or img/ there needs no change here.
get_filename_component(_newsdesk_template_dir
  ${CMAKE_CURRENT_LIST_DIR}/../../resources/portal-template ABSOLUTE)
file(GLOB_RECURSE _newsdesk_template_files CONFIGURE_DEPENDS
  RELATIVE ${_newsdesk_template_dir} ${_newsdesk_template_dir}/*)
set(_newsdesk_template_paths)
foreach(_file IN LISTS _newsdesk_template_files)
  list(APPEND _newsdesk_template_paths ${_newsdesk_template_dir}/${_file})
endforeach()
qt_add_resources(newsdesk_core "newsdesk_portal_template" PREFIX /portal-template
  BASE ${_newsdesk_template_dir} FILES ${_newsdesk_template_paths})
