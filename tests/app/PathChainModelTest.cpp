// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathChainModel.h"

#include <gtest/gtest.h>

using wdgui::PathChainModel;

namespace {

wd::Node node(std::string path, std::string name, wd::NodeType type, uint32_t mode, int depth = 0) {
    wd::Node n;
    n.path = std::move(path);
    n.name = std::move(name);
    n.type = type;
    n.mode = mode;
    n.owner = "root";
    n.group = "staff";
    n.linkDepth = depth;
    return n;
}

TEST(PathChainModel, ShowsComponentsLikeNamei) {
    std::vector<wd::Node> chain{node("/", "/", wd::NodeType::Directory, 0755),
                                node("/srv", "srv", wd::NodeType::Symlink, 0777),
                                node("/data", "data", wd::NodeType::Directory, 0750, 1),
                                node("/data/x", "x", wd::NodeType::Regular, 0640)};
    chain[1].linkTarget = "/data";
    chain[3].exists = false;
    PathChainModel model;
    model.setChain(chain, 2);
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.index(0, PathChainModel::Mode).data().toString(), QStringLiteral("drwxr-xr-x"));
    EXPECT_EQ(model.index(0, PathChainModel::Owner).data().toString(), QStringLiteral("root"));
    EXPECT_EQ(model.index(1, PathChainModel::Name).data().toString(), QStringLiteral("srv → /data"));
    EXPECT_EQ(model.index(2, PathChainModel::Name).data().toString(), QStringLiteral("  data"));  // through the link
    EXPECT_EQ(model.faultRow(), 2);
    EXPECT_TRUE(model.index(2, PathChainModel::Name).data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(model.index(1, PathChainModel::Name).data(Qt::BackgroundRole).isValid());
    EXPECT_TRUE(model.index(2, PathChainModel::Note).data().toString().contains(QStringLiteral("access stops here")));
    EXPECT_TRUE(model.index(3, PathChainModel::Note).data().toString().contains(QStringLiteral("does not exist")));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.faultRow(), -1);
}

// ls(1) marks an extended ACL with one '+', not two.
TEST(PathChainModel, ExtendedAclIsMarkedOnce) {
    std::vector<wd::Node> chain{node("/srv", "srv", wd::NodeType::Directory, 0750)};
    chain[0].acl.push_back(wd::AclEntry{});
    PathChainModel model;
    model.setChain(chain, -1);
    EXPECT_EQ(model.index(0, PathChainModel::Mode).data().toString(), QStringLiteral("drwxr-x---+"));
}

}  // namespace
