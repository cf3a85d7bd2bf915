#include "portal/ConnectDialog.h"

#include "AccessibleNames.h"
#include "Contrast.h"
#include "io/PortalTime.h"
#include "portal/SiteUrl.h"
#include "portal/WpErrors.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QStyle>
#include <QTimeZone>
#include <QVBoxLayout>

namespace newsdesk {
namespace {

const QColor kErrorRed(0xb0, 0x00, 0x20);
const QColor kWarningAmber(0x8a, 0x4b, 0x00);

// A wrapped label whose size hint is honest about its height at the width it really got.
// QFormLayout gives a row at least the field's sizeHint() height, and QLabel's hint for
// wrapped text is taken at a narrow guessed width: without this, a three-line note in the
// field column would get the height of five lines.
class WrappingLabel : public QLabel {
public:
    using QLabel::QLabel;

    QSize sizeHint() const override
    {
        const QSize natural = QLabel::sizeHint();
        if (width() <= natural.width())
            return natural;
        return {natural.width(), heightForWidth(width())};
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        if (event->size().width() != event->oldSize().width())
            updateGeometry();  // the hint above changed with the width
    }
};

QLabel *note(const QString &text = {})
{
    auto *label = new WrappingLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// A value in the summary: plain text (the site's name comes from the server), selectable
// with the mouse, named after its row for screen readers.
QLabel *valueLabel(const QString &rowText)
{
    QLabel *label = note();
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(spokenName(rowText));
    return label;
}

QFormLayout *formLayout()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

void setTextColor(QWidget *widget, const QColor &wanted)
{
    QPalette palette = widget->palette();
    const QColor background = widget->parentWidget()
        ? widget->parentWidget()->palette().color(QPalette::Window)
        : palette.color(QPalette::Window);
    palette.setColor(QPalette::WindowText, contrast::readableOn(wanted, background));
    widget->setPalette(palette);
}

QUrl typedUrl(const QString &text)
{
    return QUrl(text.trimmed(), QUrl::TolerantMode);
}

}  // namespace

ConnectDialog::ConnectDialog(QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent), m_connection(new PortalConnection(network, this))
{
    setWindowTitle(tr("Connect a portal account"));
    setObjectName(QStringLiteral("connectDialog"));

    m_intro = note(tr("Newsdesk signs in to the portal's WordPress with your user name and an "
                      "Application Password."));

    m_address = new QLineEdit;
    m_address->setObjectName(QStringLiteral("portalAddress"));
    m_address->setPlaceholderText(tr("https://example.gov.vn"));
    m_address->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    QLabel *addressLabel = buddyLabel(tr("Portal &address:"), m_address);

    m_plainHttp = new QCheckBox;
    m_plainHttp->setObjectName(QStringLiteral("allowPlainHttp"));
    m_plainHttpWarning = note(tr("The password would travel unencrypted: anyone on the network "
                                 "could read it. Use https if the portal has it."));
    m_plainHttpWarning->setObjectName(QStringLiteral("plainHttpWarning"));
    m_plainHttp->hide();
    m_plainHttpWarning->hide();

    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("portalUser"));
    m_user->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    QLabel *userLabel = buddyLabel(tr("&User name:"), m_user);

    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("portalPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(
        Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    QLabel *passwordLabel = buddyLabel(tr("Application &password:"), m_password);
    m_passwordHint = note(tr("Not your login password: a separate password for programs. "
                             "Create one in WordPress under Users > Profile > Application "
                             "Passwords and paste it here."));
    m_passwordHint->setObjectName(QStringLiteral("passwordHint"));
    m_passwordNotice = note();
    m_passwordNotice->setObjectName(QStringLiteral("passwordNotice"));
    m_passwordNotice->hide();
    m_password->setAccessibleDescription(passwordDescription());

    // Connect, and while it runs a moving bar and a line saying what is going on.
    m_connect = new QPushButton(tr("&Connect"));
    m_connect->setObjectName(QStringLiteral("connectButton"));
    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::connectAccount);
    m_busyBar = new QProgressBar;
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setFixedWidth(64);
    m_busyBar->setAccessibleName(tr("Connecting"));
    m_busyBar->hide();
    m_busyLabel = note();
    m_busyLabel->setObjectName(QStringLiteral("connectBusy"));
    m_busyLabel->hide();
    auto *connectRow = new QHBoxLayout;
    connectRow->setSpacing(10);
    connectRow->addWidget(m_connect);
    connectRow->addWidget(m_busyBar);
    connectRow->addWidget(m_busyLabel, 1);
    m_connect->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);  // not as wide as the row

    auto *form = formLayout();
    form->addRow(addressLabel, m_address);
    form->addRow(QString(), m_plainHttp);
    form->addRow(QString(), m_plainHttpWarning);
    form->addRow(userLabel, m_user);
    form->addRow(passwordLabel, m_password);
    form->addRow(QString(), m_passwordHint);
    form->addRow(QString(), m_passwordNotice);
    form->addRow(QString(), connectRow);

    // Errors (and "cancelled") with an icon, on a tinted panel.
    m_messageFrame = new QFrame;
    m_messageFrame->setObjectName(QStringLiteral("connectMessage"));
    m_messageFrame->setFrameShape(QFrame::StyledPanel);
    m_messageFrame->setAutoFillBackground(true);
    m_messageIcon = new QLabel;
    m_messageIcon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_message = note();
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *messageLayout = new QHBoxLayout(m_messageFrame);
    messageLayout->setContentsMargins(10, 8, 10, 8);
    messageLayout->setSpacing(10);
    messageLayout->addWidget(m_messageIcon, 0, Qt::AlignTop);
    messageLayout->addWidget(m_message, 1);
    m_messageFrame->hide();

    // Who the portal says you are.
    m_summary = new QGroupBox(tr("Connected"));
    m_summary->setObjectName(QStringLiteral("connectSummary"));
    auto *summaryForm = formLayout();
    summaryForm->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);  // values may wrap
    const auto addValue = [summaryForm](const QString &rowText) {
        QLabel *value = valueLabel(rowText);
        auto *label = new QLabel(rowText);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);  // beside the first line of a value
        summaryForm->addRow(label, value);
        return value;
    };
    m_siteValue = addValue(tr("Site:"));
    m_addressValue = addValue(tr("Address:"));
    m_userValue = addValue(tr("User:"));
    m_roleValue = addValue(tr("Role:"));
    m_timeZoneValue = addValue(tr("Time zone:"));
    m_pluginValue = addValue(tr("Newsdesk plugin:"));
    m_termsValue = addValue(tr("Categories and tags:"));
    m_summary->setLayout(summaryForm);
    m_summary->hide();

    auto *buttons = new QDialogButtonBox;
    m_save = buttons->addButton(tr("&Save account"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_save->setObjectName(QStringLiteral("saveAccountButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_messageFrame);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setTabOrder(m_address, m_plainHttp);
    setTabOrder(m_plainHttp, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_connect);
    setTabOrder(m_connect, m_save);
    setTabOrder(m_save, m_cancel);

    connect(m_connection, &PortalConnection::finished, this, &ConnectDialog::onVerified);
    connect(m_connection, &PortalConnection::termsFetched, this, &ConnectDialog::onTerms);
    connect(m_address, &QLineEdit::textChanged, this, [this] {
        updatePlainHttp();
        fieldsEdited();
    });
    connect(m_user, &QLineEdit::textChanged, this, &ConnectDialog::fieldsEdited);
    connect(m_password, &QLineEdit::textChanged, this, &ConnectDialog::fieldsEdited);
    connect(m_plainHttp, &QCheckBox::toggled, this, &ConnectDialog::fieldsEdited);

    setTextColor(m_plainHttpWarning, kWarningAmber);
    updateButtons();
    setMinimumWidth(480);
    resize(560, sizeHint().height());
    fitHeight();
    m_address->setFocus();
}

QString ConnectDialog::roleText(Role role)
{
    switch (role) {
    case Role::Approver:
        return tr("Approver: can approve and publish (publish_posts)");
    case Role::Writer:
        break;
    }
    return tr("Writer: can write and submit for review; an editor publishes");
}

void ConnectDialog::setInitialValues(const QUrl &site, const QString &user)
{
    m_address->setText(site.toDisplayString());
    m_user->setText(user);
    m_password->clear();
    if (m_user->text().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
    if (m_address->text().isEmpty())
        m_address->setFocus();
}

void ConnectDialog::setPasswordNotice(const QString &notice)
{
    m_passwordNotice->setText(notice);
    m_passwordNotice->setVisible(!notice.isEmpty());
    m_password->setAccessibleDescription(passwordDescription());
    fitHeight();
}

QString ConnectDialog::passwordDescription() const
{
    const QString notice = m_passwordNotice->text();
    return notice.isEmpty() ? m_passwordHint->text()
                            : QString(m_passwordHint->text() + u' ' + notice);
}

QString ConnectDialog::message() const
{
    return m_messageFrame->isHidden() ? QString() : m_message->text();
}

std::optional<QUrl> ConnectDialog::plainHttpSite() const
{
    const Result<QUrl> site = SiteUrl::normalise(typedUrl(m_address->text()));
    if (!site || site->scheme() != u"http" || SiteUrl::isLoopbackHost(site->host()))
        return std::nullopt;
    return site.value();
}

void ConnectDialog::updatePlainHttp()
{
    const std::optional<QUrl> site = plainHttpSite();
    const QString host = site ? site->host() : QString();
    if (host != m_plainHost) {
        // An allowance is for one host: a new host has to be allowed again.
        m_plainHost = host;
        m_plainHttp->setChecked(false);
    }
    if (site) {
        m_plainHttp->setText(tr("Allow plain &http for %1").arg(SiteUrl::displayHost(*site)));
        m_plainHttp->setAccessibleName(spokenName(m_plainHttp->text()));
        m_plainHttp->setAccessibleDescription(m_plainHttpWarning->text());
    }
    m_plainHttp->setVisible(site.has_value());
    m_plainHttpWarning->setVisible(site.has_value());
    fitHeight();
}

void ConnectDialog::fieldsEdited()
{
    // What was verified is not what the fields say any more.
    if (isBusy())
        cancelCheck();
    m_account.reset();
    // Greyed rather than hidden, so the window does not jump while the person types.
    m_summary->setEnabled(false);
    updateButtons();
}

void ConnectDialog::connectAccount()
{
    if (isBusy())
        return;
    clearMessage();
    m_account.reset();
    m_summary->hide();
    const QUrl typed = typedUrl(m_address->text());
    if (const std::optional<QUrl> site = plainHttpSite()) {
        if (!m_plainHttp->isChecked()) {
            // Refused here too: an allowance given earlier in this dialog must not carry over.
            onVerified(
                WpErrors::make(PortalErrorKind::PlainHttpRefused, SiteUrl::displayHost(*site),
                    QStringLiteral("plain http not allowed in the dialog")));
            return;
        }
        m_connection->allowPlainHttp(site->host());
    }
    const Result<QUrl> site = SiteUrl::normalise(typed);
    setPhase(Phase::Verifying,
        site ? tr("Checking the account on %1…").arg(SiteUrl::displayHost(site.value()))
             : tr("Checking the account…"));
    m_connection->verify(typed, m_user->text(), m_password->text());
}

void ConnectDialog::onVerified(const Result<PortalIdentity> &result)
{
    if (!result) {
        setPhase(Phase::Idle);
        showMessage(result.error().message, true);
        QLineEdit *fix = m_address;
        switch (WpErrors::kindOf(result.error())) {
        case PortalErrorKind::WrongPassword:
            fix = m_password;
            break;
        case PortalErrorKind::MissingCredentials:
            fix = m_user->text().trimmed().isEmpty() ? m_user : m_password;
            break;
        default:
            break;
        }
        // A screen reader hears why, with the field it lands on.
        fix->setAccessibleDescription(result.error().message);
        fix->setFocus();
        fix->selectAll();
        return;
    }
    ConnectedAccount account;
    account.identity = result.value();
    account.password = m_password->text().trimmed();  // what PortalConnection sent
    const QUrl &site = account.identity.siteUrl;
    // Only a plain-http site that is not loopback got through by the person's allowance.
    account.plainHttpAllowed = site.scheme() == u"http" && !SiteUrl::isLoopbackHost(site.host());
    m_account = std::move(account);
    showSummary(m_account->identity);
    setPhase(Phase::FetchingTerms, tr("Loading the categories and tags…"));
    m_connection->fetchTerms();
}

void ConnectDialog::onTerms(const Result<PortalTerms> &result)
{
    if (!m_account || m_phase != Phase::FetchingTerms)
        return;
    if (result) {
        m_account->terms = result.value();
        const QLocale locale;
        m_termsValue->setText(tr("%1 categories, %2 tags")
                                  .arg(locale.toString(result->categories.size()),
                                      locale.toString(result->tags.size())));
        m_termsFailed = false;
        m_termsValue->setPalette(QPalette());
    } else {
        m_termsFailed = true;
        m_termsValue->setText(
            tr("Not loaded: %1 You can still save the account.").arg(result.error().message));
        setTextColor(m_termsValue, kErrorRed);
    }
    setPhase(Phase::Idle);
    fitHeight();
    // A screen reader on Save hears what is being saved.
    m_save->setAccessibleDescription(
        QStringList {m_siteValue->text(), m_userValue->text(), m_roleValue->text()}.join(
            QStringLiteral("; ")));
    m_save->setFocus();
}

void ConnectDialog::cancelCheck()
{
    const Phase was = m_phase;
    if (was == Phase::Idle)
        return;
    m_connection->cancel();
    setPhase(Phase::Idle);
    if (was == Phase::Verifying) {
        m_account.reset();
        showMessage(tr("The check was cancelled."), false);
        if (m_focusBefore && m_focusBefore->isEnabled())
            m_focusBefore->setFocus();
        else
            m_connect->setFocus();
    } else {
        // The account itself is verified: it can be saved without its categories and tags.
        m_termsValue->setText(tr("Not loaded (cancelled). You can still save the account."));
        m_termsFailed = true;
        setTextColor(m_termsValue, kErrorRed);
        m_save->setFocus();
    }
    updateButtons();
}

void ConnectDialog::setPhase(Phase phase, const QString &text)
{
    const bool wasBusy = isBusy();
    m_phase = phase;
    const bool busy = isBusy();
    if (busy && !wasBusy)
        m_focusBefore = focusWidget();
    const QList<QWidget *> fields {m_address, m_plainHttp, m_user, m_password};
    for (QWidget *field : fields)
        field->setEnabled(!busy);
    m_busyLabel->setText(text);
    m_busyBar->setVisible(busy);
    m_busyLabel->setVisible(busy);
    updateButtons();
    if (busy)
        m_cancel->setFocus();  // Enter or Escape now stop the check
}

void ConnectDialog::showSummary(const PortalIdentity &identity)
{
    m_siteValue->setText(
        identity.siteName.isEmpty() ? SiteUrl::displayHost(identity.siteUrl) : identity.siteName);
    m_addressValue->setText(identity.siteUrl.toDisplayString());
    m_userValue->setText(identity.displayName.isEmpty() || identity.displayName == identity.userName
            ? identity.userName
            : tr("%1 (login: %2)").arg(identity.displayName, identity.userName));
    m_roleValue->setText(roleText(identity.role));
    const QTimeZone zone = identity.timeZone();
    const QString offset = portal_time::utcOffsetText(zone, QDateTime::currentDateTimeUtc());
    // "Asia/Ho_Chi_Minh (UTC+07:00)", or only the offset when the site sets no named zone.
    const bool named = !identity.timeZoneId.isEmpty() && zone.id() == identity.timeZoneId.toUtf8();
    m_timeZoneValue->setText(
        named ? QString(identity.timeZoneId + QStringLiteral(" (") + offset + u')') : offset);
    m_pluginValue->setText(identity.companionPlugin ? tr("Found") : tr("Not found (optional)"));
    m_termsValue->setText(tr("Loading…"));
    m_termsFailed = false;
    m_termsValue->setPalette(QPalette());
    m_summary->setEnabled(true);
    m_summary->show();
    fitHeight();
}

void ConnectDialog::showMessage(const QString &text, bool error)
{
    m_messageIsError = error;
    m_message->setText(text);
    m_message->setAccessibleName(error ? tr("Connection problem") : tr("Connection"));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 3 / 2;
    m_messageIcon->setPixmap(
        style()
            ->standardIcon(error ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation,
                nullptr, this)
            .pixmap(size, size));
    m_messageIcon->setFixedWidth(size);
    const QPalette base = palette();
    const QColor window = base.color(QPalette::Window);
    const QColor tint = error ? kErrorRed : base.color(QPalette::Highlight);
    QPalette framePalette = base;
    const QColor background = contrast::mix(window, tint, 0.08);
    framePalette.setColor(QPalette::Window, background);
    framePalette.setColor(QPalette::WindowText,
        error ? contrast::readableOn(kErrorRed, background)
              : contrast::readableOn(base.color(QPalette::WindowText), background));
    m_messageFrame->setPalette(framePalette);
    m_message->setPalette(framePalette);
    m_messageFrame->show();
    fitHeight();
}

void ConnectDialog::clearMessage()
{
    m_message->clear();
    m_messageIsError = false;
    m_messageFrame->hide();
    m_address->setAccessibleDescription(QString());
    m_user->setAccessibleDescription(QString());
    m_password->setAccessibleDescription(passwordDescription());
}

void ConnectDialog::fitHeight()
{
    // Wrapped labels need more height at the dialog's width than the layout's minimum says:
    // grow to fit them (never shrink, so the window does not jump). The inner layouts first:
    // otherwise the dialog's layout asks them before they know their new text.
    for (QWidget *box : {static_cast<QWidget *>(m_summary), static_cast<QWidget *>(m_messageFrame)})
        box->layout()->activate();
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

void ConnectDialog::updateButtons()
{
    const bool verified = m_account.has_value();
    m_connect->setEnabled(!isBusy());
    m_save->setEnabled(!isBusy() && verified);
    // Enter means Connect until the current values are verified, Save after.
    m_connect->setDefault(false);
    m_save->setDefault(false);
    (verified ? m_save : m_connect)->setDefault(true);
}

void ConnectDialog::accept()
{
    if (isBusy() || !m_account)
        return;
    QDialog::accept();
}

void ConnectDialog::closeEvent(QCloseEvent *event)
{
    if (isBusy())
        cancelCheck();
    QDialog::closeEvent(event);
}

void ConnectDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // Colours picked against the old palette: pick them again.
    setTextColor(m_plainHttpWarning, kWarningAmber);
    if (m_termsFailed)
        setTextColor(m_termsValue, kErrorRed);
    if (!m_messageFrame->isHidden())
        showMessage(m_message->text(), m_messageIsError);
}

void ConnectDialog::reject()
{
    if (isBusy()) {
        cancelCheck();
        return;
    }
    QDialog::reject();
}

}  // namespace newsdesk
