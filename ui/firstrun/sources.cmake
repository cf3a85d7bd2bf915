# First-run assistant, settings dialog, demo store.
target_sources(newsdesk_ui PRIVATE
)
