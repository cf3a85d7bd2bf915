# Account passwords: the OS keychain through QtKeychain, or this session only (issue 7).
target_sources(newsdesk_core PRIVATE
)
