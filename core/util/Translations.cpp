#include "util/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace newsdesk {

namespace {

// Our translators carry this name, so a language switch can take them out again.
const QString kTranslatorName = QStringLiteral("newsdesk-translator");

void removeInstalledTranslations(QCoreApplication &app)
{
    for (QTranslator *translator : app.findChildren<QTranslator *>(kTranslatorName)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

}  // namespace

bool installTranslations(QCoreApplication &app, QLocale::Language language)
{
    removeInstalledTranslations(app);
    if (language == QLocale::English || language == QLocale::C) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return true;
    }
    const QLocale locale(language);
    QLocale::setDefault(locale);
    // Qt's own strings (message box buttons, the text fields' context menus, file dialogs):
    // Qt's translation when the system has one, else ours (Debian ships no qtbase_vi).
    auto *qtTranslator = new QTranslator(&app);
    qtTranslator->setObjectName(kTranslatorName);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || qtTranslator->load(
            locale, QStringLiteral("qt_newsdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    auto *translator = new QTranslator(&app);
    translator->setObjectName(kTranslatorName);
    if (!translator->load(
            locale, QStringLiteral("newsdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

}  // namespace newsdesk
