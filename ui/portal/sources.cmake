# Connecting a portal account (issue 7).
target_sources(newsdesk_ui PRIVATE
)
