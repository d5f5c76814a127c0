#include "patients/DemoOffer.h"
#include "BackgroundTask.h"
#include "PlainMessageBox.h"

#include "Workspace.h"
#include "demo/DemoClinic.h"
#include "services/PatientRecords.h"
#include "settings/DeskSettings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace gradus {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoOffer)
};

QString storeIdentity(Workspace& workspace)
{
    // A hash rather than the path itself: it is only an identity.
    const QByteArray where = workspace.db().location().displayName().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(where, QCryptographicHash::Sha1).toHex());
}

} // namespace

bool offerDemoClinic(QWidget* parent, Workspace& workspace, int count)
{
    QMessageBox box(
        QMessageBox::Question, Tr::tr("Create Demo Patients"),
        Tr::tr("Create %1 fictional demo patients to try Gradus?").arg(QLocale().toString(count)),
        QMessageBox::NoButton, parent);
    box.setInformativeText(
        Tr::tr("They have invented names from many languages, episodes of care and clinical "
               "profiles. Their clinic numbers start with DEMO- and their notes say they are "
               "fictional, so they are easy to find and delete later."));
    QPushButton* create = box.addButton(Tr::tr("Create Demo Patients"), QMessageBox::AcceptRole);
    box.addButton(Tr::tr("Not Now"), QMessageBox::RejectRole);
    box.setDefaultButton(create);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton*>(create))
        return false;
    const Status created = BackgroundTask::runOnStore(
        parent, workspace, Tr::tr("Creating %1 demo patients…").arg(QLocale().toString(count)),
        [count](Workspace& store, TaskProgress& progress) -> Status {
            DemoClinic::Options options;
            options.patients = count;
            options.progress = [&progress](int done, int total) {
                progress.report(done, total);
                return !progress.cancelled();
            };
            if (auto summary = DemoClinic::create(store, options); !summary)
                return summary.error();
            return {};
        });
    if (BackgroundTask::wasCancelled(created))
        return false;
    if (!created) {
        PlainMessageBox::warning(parent, Tr::tr("Demo Patients"), created.error().message);
        return false;
    }
    return true;
}

void offerDemoClinicIfEmpty(QWidget* parent, Workspace& workspace)
{
    DeskSettings desk;
    const QString store = storeIdentity(workspace);
    QStringList offered = desk.value(DeskSettings::Key::DemoOfferedStores).toStringList();
    if (offered.contains(store))
        return;
    auto count = PatientRecords(workspace).count(true);
    if (!count || *count > 0)
        return;
    offered << store;
    desk.setValue(DeskSettings::Key::DemoOfferedStores, offered);
    offerDemoClinic(parent, workspace);
}

} // namespace gradus
