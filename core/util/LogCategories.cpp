#include "util/LogCategories.h"

namespace newsdesk {

Q_LOGGING_CATEGORY(lcStore, "newsdesk.store")
Q_LOGGING_CATEGORY(lcBackup, "newsdesk.backup")
Q_LOGGING_CATEGORY(lcSync, "newsdesk.sync")
Q_LOGGING_CATEGORY(lcPortal, "newsdesk.portal")
Q_LOGGING_CATEGORY(lcIo, "newsdesk.io")
Q_LOGGING_CATEGORY(lcUi, "newsdesk.ui")
Q_LOGGING_CATEGORY(lcApp, "newsdesk.app")

}  // namespace newsdesk
