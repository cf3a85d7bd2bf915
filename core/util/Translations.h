#pragma once

// Loads the UI translation for a language: Newsdesk's own (embedded from
// resources/translations) and Qt's (file dialogs, message boxes, context menus).

#include <QLocale>

class QCoreApplication;

namespace newsdesk {

// Installs translators on `app` for `language`, replacing the ones installed before (English
// needs none). Also makes `language` the default QLocale, so dates and numbers follow it.
// Returns false when Newsdesk's own translation for that language is missing.
bool installTranslations(QCoreApplication &app, QLocale::Language language);

}  // namespace newsdesk
