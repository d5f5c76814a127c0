#include "BackgroundTask.h"

#include "Workspace.h"
#include "notify/StoreNotice.h"
#include "services/StoreOpening.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QEventLoop>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace gradus::BackgroundTask {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundTask)
};

const QString kCancelledCode = QStringLiteral("task.cancelled");

// The progress dialog: a label, a bar (busy until the work says how much there is) and
// Cancel. Escape and the window's close button cancel too: the work is asked to stop and
// the dialog stays until it has.
class TaskDialog : public QDialog
{
public:
    TaskDialog(QWidget* parent, const QString& label, TaskProgress& progress)
        : QDialog(parent), m_progress(progress)
    {
        setObjectName(QStringLiteral("BackgroundTaskDialog"));
        setWindowTitle(QCoreApplication::applicationName());
        setWindowModality(Qt::ApplicationModal);
        auto* layout = new QVBoxLayout(this);
        m_label = new QLabel(label);
        m_label->setTextFormat(Qt::PlainText);
        m_label->setWordWrap(true);
        layout->addWidget(m_label);
        m_bar = new QProgressBar;
        m_bar->setObjectName(QStringLiteral("taskProgress"));
        m_bar->setRange(0, 0);
        m_bar->setMinimumWidth(360);
        layout->addWidget(m_bar);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
        m_cancel = buttons->button(QDialogButtonBox::Cancel);
        m_cancel->setObjectName(QStringLiteral("cancelTask"));
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::rejected, this, &TaskDialog::reject);
    }

    void reject() override
    {
        if (m_progress.cancelled())
            return;
        m_progress.cancel();
        m_label->setText(Tr::tr("Stopping…"));
        m_cancel->setEnabled(false);
    }

    void refresh()
    {
        const qint64 total = m_progress.total();
        if (total <= 0)
            return;
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(std::clamp<qint64>(m_progress.done() * 1000 / total, 0, 1000)));
    }

private:
    TaskProgress& m_progress;
    QLabel* m_label = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_cancel = nullptr;
};

// While the work runs, user input reaches only the progress dialog, even before it is
// shown: a second click on Export, or closing the window under a running export, must wait.
class InputGate : public QObject
{
public:
    explicit InputGate(QWidget* allowed) : m_allowed(allowed) { qApp->installEventFilter(this); }
    ~InputGate() override { qApp->removeEventFilter(this); }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!isInput(event))
            return false;
        auto* widget = qobject_cast<QWidget*>(watched);
        if (!widget)
            return false;
        return widget != m_allowed && !m_allowed->isAncestorOf(widget);
    }

private:
    static bool isInput(QEvent* event)
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::Wheel:
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::ShortcutOverride:
        case QEvent::Shortcut:
        case QEvent::TouchBegin:
        case QEvent::Drop:
            return true;
        case QEvent::Close:
            return event->spontaneous(); // the window manager's close button, not code
        default:
            return false;
        }
    }

    QWidget* m_allowed;
};

} // namespace

Status run(QWidget* parent, const QString& label, const Work& work)
{
    TaskProgress progress;
    Status result;
    std::unique_ptr<QThread> thread(QThread::create([&] { result = work(progress); }));
    TaskDialog dialog(parent, label, progress);
    InputGate gate(&dialog);
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer show;
    show.setSingleShot(true);
    QObject::connect(&show, &QTimer::timeout, &dialog, &QDialog::show);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&dialog] { dialog.refresh(); });
    thread->start();
    show.start(kDialogDelayMs);
    poll.start(50);
    loop.exec();
    thread->wait();
    if (!result && progress.cancelled())
        return Error{kCancelledCode, Tr::tr("Cancelled; nothing was changed.")};
    return result;
}

Status runOnStore(QWidget* parent, Workspace& workspace, const QString& label,
                  const StoreWork& work)
{
    const DatabaseLocation location = workspace.db().location();
    const QString author = workspace.db().author();
    Clock& clock = workspace.clock();
    QList<StoreNotice> notices;
    Status result = run(parent, label, [&](TaskProgress& progress) -> Status {
        auto store = StoreOpening::forWorker(location, author, clock);
        if (!store)
            return store.error();
        (*store)->db().setNoticeSink(
            [&notices](const QList<StoreNotice>& committed) { notices += committed; });
        return work(**store, progress);
    });
    for (const StoreNotice& notice : std::as_const(notices))
        workspace.db().notify(notice);
    return result;
}

Job::Job(Workspace& workspace, StoreWork work, std::function<void(const Status&)> done)
    : m_receiver(std::make_unique<QObject>())
{
    m_thread.reset(
        QThread::create([this, work = std::move(work), location = workspace.db().location(),
                         author = workspace.db().author(), clock = &workspace.clock()] {
            TaskProgress progress;
            auto store = StoreOpening::forWorker(location, author, *clock);
            m_result = store ? work(**store, progress) : Status(store.error());
        }));
    QObject::connect(m_thread.get(), &QThread::finished, m_receiver.get(),
                     [this, done = std::move(done)] {
                         if (done)
                             done(m_result);
                     });
    m_thread->start();
}

Job::~Job()
{
    m_receiver.reset(); // `done` is not called from here on
    m_thread->wait();
}

bool Job::isRunning() const
{
    return m_thread->isRunning();
}

bool wasCancelled(const Status& status)
{
    return !status && wasCancelled(status.error());
}

bool wasCancelled(const Error& error)
{
    return error.code == kCancelledCode;
}

} // namespace gradus::BackgroundTask
