# Compile options shared by every Newsdesk target: Qt hygiene defines, warnings, sanitizers.
add_library(newsdesk_options INTERFACE)
target_compile_definitions(newsdesk_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_FOREACH
  QT_USE_QSTRINGBUILDER
  QT_NO_KEYWORDS
  NEWSDESK_VERSION="${PROJECT_VERSION}")
# Partial aggregate initialisation ({query, 50}) is idiomatic here; the rest default.
target_compile_options(newsdesk_options INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
if(NEWSDESK_WARNINGS_AS_ERRORS)
  target_compile_options(newsdesk_options INTERFACE -Werror)
endif()
if(NEWSDESK_SANITIZE)
  target_compile_options(newsdesk_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(newsdesk_options INTERFACE -fsanitize=address,undefined)
endif()
