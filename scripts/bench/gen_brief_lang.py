#!/usr/bin/env python3
"""The "brief" workload (../../../shared/bench/WORKLOAD.md) in Chinese or Arabic.

Usage: gen_brief_lang.py OUT.json --lang zh|ar|en [--rows N] [--seed S]

Same structure as the shared gen_brief.py: meta, 12 sections of 4 paragraphs, an annex of rows
(Ref R-nnnnn, ISO date, entity, status, description), deterministic for a given (lang, rows, seed)
(random.Random(seed) only). --lang en is the shared generator itself (byte-identical output).
The text is drawn from a vocabulary of about 300 words of the United Nations' security and
counter-terrorism reporting; meta adds "language" and "font", the family the variant is set in.

Token counts are scaled per language ("scale") so that a paragraph and a description cell
take about as many lines as in English: see README.md for the calibration.
"""
import argparse
import importlib.util
import json
import os
import random

SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "bench", "gen_brief.py")


def load_shared():
    spec = importlib.util.spec_from_file_location("gen_brief", SHARED)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# Each vocabulary starts with 40 function words, which headings skip (as gen_brief.py's WORDS[40:]).
ZH = {
    "font": "Noto Serif CJK SC",
    "words": """
以及 关于 根据 通过 对于 由于 其中 并且 此外 因此 同时 有关 方面 作为 已经 正在 应当 可以 必须 将会
能够 需要 继续 所有 各项 相关 这些 其他 之间 之内 以上 以下 期间 之后 之前 以来 为了 按照 鉴于 包括
安理会 委员会 报告 特派团 任务 授权 会员国 决议 评估 执行 框架 区域 国家 国际 安全 发展 合作 能力 政策 战略
监测 评价 协调 伙伴 方案 预算 资源 财务 业务 技术 支助 交付 遵守 审查 进程 成果 结果 进展 风险 缓解
治理 监督 问责 透明 社区 机构 秘书处 代表团 磋商 对话 通报 建议 措施 制裁 报告期 季度 年度 基线 指标 目标
数据 分析 调查结果 证据 趋势 持续 重大 有限 逐步 增加 减少 改善 稳定 不确定 脆弱 复杂 紧急 人道主义 准入 保护
平民 流离失所 返回 司法 法治 法律 选举 改革 宪法 议会 部委 警察 边境 海上 贸易 能源 水资源 卫生 教育 就业
基础设施 气候 适应 复原力 恢复 重建 投资 采购 后勤 人员 部署 培训 装备 设施 房地 车辆 合同 审计 控制 程序
准则 标准 义务 条款 段落 附件 表格 图表 章节 摘要 背景 范围 方法 局限 假设 意见 结论 反恐 恐怖主义 恐怖分子
极端主义 激进化 去激进化 融资 洗钱 资产冻结 旅行禁令 武器禁运 战斗人员 边境管制 航空安全 生物识别 旅客信息 情报共享 执法 起诉 引渡 司法协助 拘留 监狱
改造 重返社会 受害者 人权 性别 青年 宗教领袖 民间社会 网络空间 互联网 社交媒体 宣传 招募 煽动 爆炸物 小武器 无人机 软目标 应急 预防
威胁 袭击 事件 调查 取证 刑事司法 立法 国家战略 行动计划 技术援助 能力建设 访问 差距 需求 优先事项 良好做法 经验教训 专家 顾问 联络点
区域组织 捐助方 资金 信托基金 项目 活动 讲习班 研讨会 会议 声明 主席 成员 观察员 执行局 办公室 工作组 监测组 专家组 名单 列名
除名 豁免 申诉 监察员 正当程序 透明度 问责制 有效性 效率 可持续 包容 全面 综合 统一 协同 互补 一致 及时 具体 一般
主要 关键 初步 最终 临时 联合 双边 多边 进一步 特别 尤其 分别 相应 此前 随后 目前 尚未 显著 大幅 明显
""".split(),
    "long_words": """
联合国反恐怖主义办公室 反恐怖主义委员会执行局 外国恐怖主义作战人员 打击资助恐怖主义行为 防止暴力极端主义行动计划
跨国有组织犯罪网络 信息和通信技术 全球反恐战略审查 国际刑事司法合作机制 关键基础设施保护
""".split(),
    "names": ["米歇尔·科宁克斯", "若泽·拉莫斯-奥尔塔", "佐伊·昂斯特伦", "弗朗索瓦·德拉特", "贝尔贝尔·科夫勒", "索伦·克尔凯郭尔",
              "卢卡什·武伊奇克", "伊尼亚基·伊巴涅斯", "恰拉·耶尔德兹", "阮氏霞", "奥拉维尔·格里姆松", "德拉任·彼得罗维奇"],
    "orgs": ["秘书处", "特派团总部", "北部外地办事处", "南部外地办事处", "采购股", "预算科", "法律事务厅", "审计委员会",
             "专家小组", "联络处", "内政部", "统计局"],
    "statuses": ["未结", "已结", "待定", "审查中", "已推迟", "已上报"],
    "columns": ["编号", "日期", "实体", "状态", "说明"],
    "annex_title": "附件A. 项目登记册",
    "meta": lambda seed, rows: {
        "title": "监测框架执行情况简报",
        "subtitle": f"基准文件，种子 {seed}，附件 {rows} 行",
        "date": "2025年3月12日",
        "author": "为主席米歇尔·科宁克斯编写",
    },
    "space": "",      # Chinese sets no space between words or after a full stop
    "stop": "。",
    "comma": "，",
    # Tokens per English token: the token counts of a paragraph (120 +/- 10), a sentence (8-22) and a description
    # (8-15) are multiplied by it so that a paragraph and a description cell fill as many lines as in English
    # (brief.json: 13.5 lines per paragraph, 3.0 per description cell; measured with Pango, see README.md).
    "scale": 1.7,
}

AR = {
    # Noto Naskh Arabic has no Latin letters, hyphen-minus or em dash: the refs (R-00001), the ISO dates, the
    # "Page X of Y" footer and the title block's dash take the workload's DejaVu Serif, named after it.
    "font": "Noto Naskh Arabic, DejaVu Serif",
    "words": """
في من إلى على عن مع أو هذا هذه التي الذي بين ضمن عبر خلال بعد قبل حتى لدى كما
أيضا غير كل بعض ذلك تلك وفقا نحو حول أن قد لا لم ثم حيث عند منذ إذ لكن هناك
المجلس اللجنة التقرير البعثة الولاية الدول الأعضاء القرار التقييم التنفيذ الإطار الإقليمي الوطني الدولي الأمن التنمية التعاون القدرات السياسة الاستراتيجية
الرصد التنسيق الشركاء البرنامج الميزانية الموارد المالية التشغيلية التقني الدعم الإنجاز الامتثال الاستعراض العملية النتائج التقدم المخاطر التخفيف الحوكمة الرقابة
المساءلة الشفافية المجتمعات المؤسسات الوكالات الأمانة الوفد المشاورات الحوار الإحاطة التوصيات التدابير الجزاءات الإبلاغ الفترة الربع السنوي المؤشرات الأهداف البيانات
التحليل الاستنتاجات الأدلة الاتجاهات المستدام الكبير المحدود التدريجي المستمر المتزايد المنخفض المستقر الهش المعقد العاجل الإنساني الوصول الحماية المدنيين النزوح
العودة العدالة القانون الانتخابات الإصلاح الدستوري البرلمان الوزارة القضاء الشرطة الحدود البحري التجارة الطاقة المياه الصحة التعليم العمالة المناخ التكيف
الصمود التعافي الإعمار الاستثمار المشتريات اللوجستيات الموظفين النشر التدريب المعدات المرافق المباني المركبات العقود المراجعة الضوابط الإجراءات المبادئ المعايير الالتزامات
الأحكام المادة الفقرة الجدول الشكل الفرع الفصل الموجز السياق النطاق النهج المنهجية القيود الافتراضات الملاحظات الإرهاب الإرهابيين مكافحة التطرف العنيف
الراديكالية التمويل غسل الأموال تجميد حظر السفر الأسلحة المقاتلين الأجانب الطيران القياسات الحيوية المسافرين المعلومات الاستخبارات إنفاذ الملاحقة التسليم المساعدة الاحتجاز
السجون التأهيل الإدماج الضحايا حقوق الإنسان الجنسين الشباب الزعماء الدينيين المدني الإلكتروني الإنترنت التواصل الدعاية التجنيد التحريض المتفجرات الطائرات المسيرة
الطوارئ الوقاية التهديد الهجوم الحادث التحقيق الجنائية التشريع خطة العمل التقنية بناء الزيارة الثغرات الاحتياجات الأولويات الممارسات الدروس الخبراء المستشارين
الاتصال المنظمات المانحين الصندوق المشروع الأنشطة الاجتماع البيان الرئيس المراقبين المديرية المكتب الفريق القائمة الإدراج الرفع الاستثناءات الطلبات المظالم الفعالية
الكفاءة الاستدامة الشمول الشامل المتكامل الموحد التآزر المتسق المناسب المحدد العام الرئيسي الأولي النهائي المؤقت المشترك الثنائي الأطراف يجب ينبغي
يمكن سوف تواصل تعزز تدعم يتعين أكدت لاحظت أشارت أوصت قررت رحبت دعت طلبت أعربت كذلك علاوة بالتالي لاسيما تحديدا
""".split(),
    "long_words": """
والاستراتيجيات الاستخباراتية ومسؤولياتها بالمسؤوليات واللامركزية والتكنولوجيات والديمقراطية البيروقراطية والاستثمارات
للاستراتيجيات
""".split(),
    # Names without a hyphen: Noto Naskh Arabic has no hyphen-minus, which would bring in a fallback font.
    "names": ["ميشيل كونينكس", "جوزيه راموس هورتا", "زوي أونغستروم", "فرانسوا ديلاتر", "باربل كوفلر", "سورين كيركغارد",
              "لوكاش فويتشيك", "إينياكي إيبانيز", "تشاغلا يلدز", "نغوين ثي ها", "أولافور غريمسون", "دراجن بتروفيتش"],
    "orgs": ["الأمانة العامة", "مقر البعثة", "المكتب الميداني الشمالي", "المكتب الميداني الجنوبي", "وحدة المشتريات",
             "قسم الميزانية", "الشؤون القانونية", "مجلس مراجعي الحسابات", "فريق الخبراء", "مكتب الاتصال", "وزارة الداخلية",
             "مكتب الإحصاءات"],
    "statuses": ["مفتوح", "مغلق", "معلق", "قيد الاستعراض", "مؤجل", "محال"],
    "columns": ["المرجع", "التاريخ", "الجهة", "الحالة", "الوصف"],
    "annex_title": "المرفق ألف. سجل البنود",
    "meta": lambda seed, rows: {
        "title": "موجز عن تنفيذ إطار الرصد",
        "subtitle": f"وثيقة قياس الأداء، البذرة {seed}، {rows} صفا في المرفق",
        "date": "12 مارس 2025",
        "author": "أعد من أجل ميشيل كونينكس، الرئيسة",
    },
    "space": " ",
    "stop": ".",
    "comma": "،",
    "scale": 1.67,    # as for Chinese
}

VARIANTS = {"zh": ZH, "ar": AR}


for v in VARIANTS.values():
    text_words = v["words"] + v["long_words"] + v["names"] + v["orgs"] + v["statuses"]
    # The description column's title occurs only in the header row: the checks count header repeats by it.
    assert not any(v["columns"][4] in w for w in text_words)
    assert all(" " not in w for w in v["words"] + v["long_words"])


def sentence(v, rng, ntokens):
    """ntokens tokens (a name counts as one), a comma now and then, a full stop."""
    out = []
    for i in range(ntokens):
        r = rng.random()
        if r < 0.04:
            w = rng.choice(v["names"])
        elif r < 0.07:
            w = rng.choice(v["long_words"])
        else:
            w = rng.choice(v["words"])
        if i < ntokens - 1 and rng.random() < 0.08:
            w += v["comma"]
        out.append(w)
    return v["space"].join(out) + v["stop"]


def scaled(v, n):
    """n English tokens in the variant's tokens (its "scale")."""
    return max(1, round(n * v["scale"]))


def paragraph(v, rng, target):
    """As gen_brief.paragraph: whole sentences of 8-22 tokens up to target +/- 10 tokens (all scaled)."""
    n = scaled(v, target) + rng.randint(-scaled(v, 10), scaled(v, 10))
    sents, count = [], 0
    while count < n:
        k = min(rng.randint(scaled(v, 8), scaled(v, 22)), n - count)
        if k < scaled(v, 4) and sents:
            k = scaled(v, 4)
        sents.append(sentence(v, rng, k))
        count += k
    return v["space"].join(sents)


def heading(v, rng, i):
    k = rng.randint(3, 6)
    return f"{i}. " + v["space"].join(rng.choice(v["words"][40:]) for _ in range(k))


def make(lang, rows, seed):
    v = VARIANTS[lang]
    rng = random.Random(seed)
    meta = dict(v["meta"](seed, rows), seed=seed, rows=rows, language=lang, font=v["font"])
    sections = [{"heading": heading(v, rng, i), "paragraphs": [paragraph(v, rng, 120) for _ in range(4)]}
                for i in range(1, 13)]
    table_rows = []
    for r in range(1, rows + 1):
        y, m, d = 2024 + (r % 2), 1 + rng.randrange(12), 1 + rng.randrange(28)
        entity = rng.choice(v["names"]) if rng.random() < 0.4 else rng.choice(v["orgs"])
        desc = sentence(v, rng, rng.randint(scaled(v, 8), scaled(v, 15)))
        table_rows.append([f"R-{r:05d}", f"{y}-{m:02d}-{d:02d}", entity, rng.choice(v["statuses"]), desc])
    return {"meta": meta, "sections": sections,
            "annex": {"title": v["annex_title"], "columns": v["columns"], "rows": table_rows}}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--lang", choices=["en", "zh", "ar"], required=True)
    ap.add_argument("--rows", type=int, default=400)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    doc = load_shared().make(a.rows, a.seed) if a.lang == "en" else make(a.lang, a.rows, a.seed)
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
