// SPDX-License-Identifier: GPL-3.0-or-later
// The window renders macOS findings: cause cards built from a diagnosis of synthetic macOS facts
// (as core/src/probe/macos reports them) show the cause, the fix button and the exact command.
#include "CauseCard.h"

#include "whydenied/diagnose.h"
#include "whydenied/fix.h"

#include <QLabel>
#include <QPushButton>

#include <gtest/gtest.h>

#include <cerrno>

using wdgui::CauseCard;

namespace {

// /Users/ana/Desktop/report.txt, owned by ana (uid 501), 0644, with the given st_flags.
wd::Diagnosis macDiagnosis(wd::Operation op, uint32_t flags, int err, int sip = -1) {
    wd::Facts f;
    f.platform = wd::Platform::MacOS;
    f.op = op;
    f.identity.uid = f.identity.euid = 501;
    f.identity.gid = f.identity.egid = 20;
    f.identity.userName = "ana";
    f.identity.home = "/Users/ana";
    f.identity.capsKnown = true;
    f.lsm.fullDiskAccess = 0;
    f.lsm.responsibleApp = "Terminal";
    f.lsm.sipEnabled = sip;
    std::string path;
    for (const char* name : {"/", "Users", "ana", "Desktop", "report.txt"}) {
        wd::Node n;
        path = path.empty() ? "/" : (path == "/" ? "" : path) + "/" + name;
        n.path = path;
        n.name = name;
        n.type = std::string(name) == "report.txt" ? wd::NodeType::Regular : wd::NodeType::Directory;
        n.mode = n.isDir() ? 0755 : 0644;
        n.uid = path.rfind("/Users/ana", 0) == 0 ? 501 : 0;
        n.mac.known = true;
        f.chain.push_back(n);
    }
    f.chain.back().mac.flags = flags;
    f.target = 4;
    f.parent = 3;
    f.absolute = f.input = path;
    f.verdict = {"synthetic", err, true};
    wd::DiagnoseRequest req;
    req.path = path;
    req.op = op;
    return wd::judge(req, std::move(f));
}

QWidget* fixRow(const CauseCard& card, const char* fixId) {
    return card.findChild<QWidget*>(QStringLiteral("fix-") + QLatin1String(fixId));
}

TEST(MacCauseCard, LockedFileShowsChflagsCommandAndAButton) {
    const auto d = macDiagnosis(wd::Operation::Write, 0x2 /*UF_IMMUTABLE*/, EPERM);
    ASSERT_FALSE(d.findings.empty());
    CauseCard card(d.findings.front(), 1);
    EXPECT_EQ(card.cause(), QStringLiteral("immutable-attribute"));
    QWidget* row = fixRow(card, "chflags-nouchg");
    ASSERT_NE(row, nullptr);
    auto* cmd = row->findChild<QLabel*>(QStringLiteral("fixCommand"));
    ASSERT_NE(cmd, nullptr);
    EXPECT_EQ(cmd->text(), QStringLiteral("chflags nouchg /Users/ana/Desktop/report.txt"));
    auto* button = row->findChild<QPushButton*>(QStringLiteral("fixButton"));
    ASSERT_NE(button, nullptr);
    // The fix engine applies chflags on a Mac; elsewhere the command is shown, not clicked.
    EXPECT_EQ(button->isEnabled(), wd::thisPlatform() == wd::Platform::MacOS);
    EXPECT_EQ(row->findChild<QLabel*>(QStringLiteral("fixAudience")), nullptr);  // no password for your own file
}

TEST(MacCauseCard, SystemFlagWithSipOnIsForAnAdministratorOnly) {
    const auto d = macDiagnosis(wd::Operation::Write, 0x20000 /*SF_IMMUTABLE*/, EPERM, 1);
    ASSERT_FALSE(d.findings.empty());
    CauseCard card(d.findings.front(), 1);
    QWidget* row = fixRow(card, "chflags-noschg");
    ASSERT_NE(row, nullptr);
    EXPECT_FALSE(row->findChild<QPushButton*>(QStringLiteral("fixButton"))->isEnabled());
    EXPECT_EQ(row->findChild<QLabel*>(QStringLiteral("fixCommand"))->text(),
              QStringLiteral("sudo chflags noschg /Users/ana/Desktop/report.txt"));
}

TEST(MacCauseCard, TccCardNamesTheAppAndOpensFullDiskAccess) {
    const auto d = macDiagnosis(wd::Operation::Read, 0, EPERM);
    ASSERT_FALSE(d.findings.empty());
    CauseCard card(d.findings.front(), 1);
    EXPECT_EQ(card.cause(), QStringLiteral("mac-policy"));
    QWidget* row = fixRow(card, "tcc-open-full-disk-access");
    ASSERT_NE(row, nullptr);
    EXPECT_EQ(row->findChild<QPushButton*>(QStringLiteral("fixButton"))->text(),
              QStringLiteral("Give Terminal Full Disk Access in System Settings"));
    EXPECT_EQ(row->findChild<QLabel*>(QStringLiteral("fixCommand"))->text(),
              QStringLiteral("open 'x-apple.systempreferences:com.apple.preference.security?Privacy_AllFiles'"));
}

// A button only for what this build can do: a fix the engine applies opens the dialog; a command
// it cannot run for you (newgrp starts a new shell) is shown to copy, its button off.
TEST(CauseCardButtons, OnlyFixesTheEngineCanApplyAreClickable) {
    wd::Finding f;
    f.cause = "group-membership-not-active";
    wd::FixProposal chmod;
    chmod.id = "chmod-group-write";
    chmod.title = "Let the group write";
    chmod.action = wd::FixAction::Chmod;
    chmod.platform = wd::thisPlatform();
    chmod.path = "/srv/shared/report.txt";
    chmod.arg = "g+w";
    wd::deriveCommand(chmod);
    wd::FixProposal newgrp;
    newgrp.id = "newgrp-staff";
    newgrp.title = "Use the group now";
    newgrp.argv = {"newgrp", "staff"};
    f.fixes = {chmod, newgrp};
    CauseCard card(f, 1);
    auto* apply = fixRow(card, "chmod-group-write")->findChild<QPushButton*>(QStringLiteral("fixButton"));
    auto* shell = fixRow(card, "newgrp-staff")->findChild<QPushButton*>(QStringLiteral("fixButton"));
    ASSERT_TRUE(apply && shell);
    EXPECT_EQ(apply->isEnabled(), wd::thisPlatform() != wd::Platform::Windows);  // no chmod there
    EXPECT_FALSE(shell->isEnabled());
    EXPECT_NE(shell->toolTip(), apply->toolTip());
    EXPECT_EQ(fixRow(card, "newgrp-staff")->findChild<QLabel*>(QStringLiteral("fixCommand"))->text(),
              QStringLiteral("newgrp staff"));
}

}  // namespace

// "for an administrator" follows who may run a shown command, not that it is shown only: ending
// your own program is yours to do.
TEST(CauseCardAudience, AdvisoryFixesNameAnAdministratorOnlyWhenOneIsNeeded) {
    const auto audience = [](wd::Privilege p) {
        wd::Finding f;
        f.cause = "text-file-busy";
        wd::FixProposal fx;
        fx.id = "end-running-program";
        fx.title = wd::Message("End the running program");
        fx.argv = {"kill", "-TERM", "4321"};
        fx.advisory = true;
        fx.privilege = p;
        f.fixes.push_back(fx);
        CauseCard card(f, 1);
        const auto* label = card.findChild<QLabel*>(QStringLiteral("fixAudience"));
        return label ? label->text() : QString();
    };
    EXPECT_TRUE(audience(wd::Privilege::None).isEmpty());
    EXPECT_EQ(audience(wd::Privilege::Admin), QStringLiteral("for an administrator"));
}
