# The locked-down WebEngine preview, PDF export and "copy for the portal".
target_sources(newsdesk_ui PRIVATE
)
