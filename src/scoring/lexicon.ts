/**
 * The grader's word lists. Kept small and explicit: each list exists for one rule (see grade.ts).
 * Glossary and role aliases from content/ are added to these at rubric compile time.
 */

/** Function words: their share separates prose from keyword lists; they never count as concepts. */
export const STOPWORDS = new Set(
  `a an the and or but if then else of to in on at by for with from into onto over under as is are was were be been being
  it its this that these those there here we our us you your i my me they them their he she his her which who whom whose what
  when where why how so because since thus therefore hence while whereas although though also too very just only not no nor
  do does did done doing have has had having can could should would will shall may might must than such each every any all
  some most more less few many much both either neither per via about against between during before after above below up
  down out off again further once same other own let lets get gets got make makes made use uses used using need needs
  need one two three first second new way ways thing things e.g i.e etc vs vs. yes okay ok well like really`.split(/\s+/),
);

/** Words that deny what follows: "we can't adopt X", "without a breaker". Stance and negation both read these. */
const DENIALS = ['not', 'no', 'without', 'never', "wouldn't", 'wouldnt', "shouldn't", 'shouldnt', "mustn't", 'avoid', 'avoids', 'avoiding', "don't", 'dont', "doesn't", 'doesnt', "isn't", 'isnt', "won't", 'wont', 'cannot', "can't", 'cant', 'skip', 'skipping'];
/** Words that turn a following concept into its absence (checked in a short window before the match). */
export const NEGATORS = new Set([...DENIALS, 'lack', 'lacks', 'instead', 'rather', 'nor']);
export const HAN_NEGATORS = ['不', '没有', '没', '无', '非', '避免', '不用', '而不是'];

/** Reasoning connectives: an answer with none of these is a list of claims, not an argument. */
export const CONNECTIVES = new Set([
  'because', 'so', 'therefore', 'thus', 'hence', 'which', 'since', 'given', 'means', 'meaning', 'otherwise', 'while', 'whereas',
  'but', 'however', 'although', 'if', 'then', 'unless', 'until', 'to', 'keeps', 'keeping', 'lets', 'allows', 'enables', 'ensures', 'avoids',
  'buys', 'costs', 'saves', 'leaves', 'leaving', 'fits', 'instead', 'rather', 'against', 'versus', 'cuts',
]);
export const HAN_CONNECTIVES = [
  '因为', '所以', '因此', '从而', '以便', '但是', '但', '如果', '由于', '导致', '使得', '可以', '为了', '避免', '代价', '否则', '这样',
  '于是', '因而', '以免', '才能', '就能', '意味着', '也就是', '相比', '而不是', '不过', '然而', '虽然', '只要', '一旦', '换来', '确保',
  '保证', '让', '使', '而', '则',
  // A value weighed against its limit: "也在 150ms 以内", "在 6 万预算之内", "是预算的 2.5 倍", "保住 99.9%".
  '以内', '之内', '低于', '高于', '倍', '保住',
];

export const DOWN_WORDS = new Set(['reduce', 'reduces', 'reduced', 'reducing', 'reduction', 'lower', 'lowers', 'lowered', 'lowering', 'cut', 'cuts', 'cutting', 'decrease', 'decreases', 'decreased', 'less', 'fewer', 'minimize', 'minimise', 'minimizes', 'minimises', 'shrink', 'shrinks', 'drop', 'drops', 'save', 'saves', 'saving', 'savings', 'decouple', 'decouples', 'decoupling', 'loose', 'looser', 'loosely', 'isolate', 'isolates', 'eliminate', 'eliminates', 'prevent', 'prevents', 'avoid', 'avoids', 'limit', 'limits', 'contain', 'contains', 'below', 'under', 'down', 'smaller']);
export const UP_WORDS = new Set(['increase', 'increases', 'increased', 'increasing', 'raise', 'raises', 'raised', 'more', 'higher', 'boost', 'boosts', 'grow', 'grows', 'growing', 'tighter', 'tight', 'tightly', 'add', 'adds', 'added', 'adding', 'double', 'doubles', 'maximize', 'maximise', 'maximizes', 'improve', 'improves', 'bigger', 'larger', 'up', 'above', 'spike', 'spikes']);
export const HAN_DOWN = ['降低', '减少', '减小', '下降', '节省', '缩短', '解耦', '隔离', '避免'];
export const HAN_UP = ['增加', '提高', '提升', '增长', '加倍', '上升', '耦合更'];

/** Phrases that introduce a trade-off: a cost paid for a benefit, or an alternative weighed. */
export const TRADEOFF_MARKERS = [
  'trade-off', 'tradeoff', 'trade off', 'at the cost of', 'cost of', 'costs us', 'downside', 'drawback', 'penalty', 'overhead',
  'price we pay', 'in exchange', 'sacrifice', 'give up', 'gives up', 'versus', 'vs', 'instead of', 'rather than', 'compared to',
  'compared with', 'alternative', 'alternatively', 'whereas', 'but', 'however', 'although', 'con', 'cons', 'pros', 'worth it',
  '代价', '权衡', '牺牲', '但是', '缺点', '相比', '而不是', '换来', '折中', '但', '不过', '然而', '开销', '可以接受', '值得', '换取', '额外',
];

/** Synonym groups by stem: any member matches any other. Domain words candidates use for the bank's concepts. */
export const SYNONYMS: string[][] = [
  ['coupl', 'depend', 'dependency', 'entangl', 'tangl'],
  ['decoupl', 'isolat', 'separat', 'boundary', 'modular'],
  ['latency', 'delay', 'response time', 'round trip', 'rtt', 'p99', 'p95', '延迟', '时延'],
  ['throughput', 'tps', 'rps', 'qps', 'capacity', '吞吐'],
  ['cost', 'spend', 'budget', 'bill', 'price', 'fee', 'expens', '成本', '费用', '预算'],
  ['memory', 'ram', 'mem', 'heap', '内存'],
  ['uptime', 'availability', 'available', 'sla', 'slo', 'downtime', '可用性'],
  ['failover', 'fail over', 'switchover', 'fallback', 'standby', '故障切换', '切换'],
  ['monolith', 'monolithic', 'single binary', 'big ball', '单体'],
  ['microservice', 'service', 'services', '微服务'],
  ['shard', 'partition', 'split', '分片', '分区'],
  ['replicat', 'replica', 'mirror', '复制', '副本'],
  ['migrat', 'move', 'cutover', 'transition', '迁移'],
  ['settlement', 'settle', 'clearing', '结算'],
  ['failure', 'fail', 'error', 'fault', 'outage', '失败', '故障', '错误'],
  ['rollback', 'roll back', 'revert', 'compensat', 'undo', '回滚', '补偿'],
  ['cache', 'caching', 'lru', 'memoiz', '缓存'],
  ['storage', 'disk', 'nvme', 'ssd', 'space', '存储'],
  ['query', 'read', 'lookup', 'fetch', '查询'],
  ['propagation', 'broadcast', 'gossip', 'dissemination', 'fan-out', '传播', '广播'],
  ['bandwidth', 'network', 'gbps', 'nic', '带宽'],
  ['security', 'secure', 'attack', 'threat', 'breach', '安全'],
  ['compliance', 'compliant', 'regulat', 'audit', 'gdpr', '合规', '审计'],
  ['revenue', 'income', 'profit', 'gmv', 'sales', '收入', '营收'],
  ['team', 'headcount', 'staff', 'engineers', 'people', 'devs', '团队', '人力'],
  ['deadline', 'timeline', 'schedule', 'delivery', 'months', 'runway', '工期', '期限'],
  ['risk', 'exposure', 'danger', '风险'],
  ['shed', 'shedding', 'throttl', 'drop', 'reject', 'rate limit', 'rate-limit', '限流', '降级'],
  ['batch', 'batching', 'bundle', 'aggregate', 'multicall', '批量', '批处理'],
  ['retry', 'retries', 'backoff', '重试'],
  ['scale', 'scaling', 'autoscal', 'elastic', '扩容', '伸缩'],
  ['key', 'keys', 'secret', 'credential', '密钥'],
  ['rotation', 'rotat', 'rekey', 're-key', '轮换'],
  ['version', 'versioning', 'v2', 'v3', '版本'],
  ['backward compat', 'backwards compat', 'compatib', '兼容'],
  ['consistency', 'consistent', 'correct', '一致性'],
  ['test', 'testing', 'testability', 'testable', 'unit test', '测试'],
  ['serializ', 'deserializ', 'encode', 'decode', 'marshal', '序列化'],
  ['predict', 'forecast', 'lstm', 'model', '预测'],
  ['yield', 'apr', 'apy', 'return', 'reward', '收益'],
  ['slash', 'slashing', 'penalt', '罚没'],
  ['gas', 'fee', 'fees', 'gwei'],
  ['hotspot', 'hot spot', 'skew', 'uneven'],
  ['range', 'ranges', 'contiguous', 'interval', '范围'],
  ['hash', 'hashing', 'modulo', 'consistent hashing', '哈希'],
  ['retention', 'retain', 'archive', 'keep for', '保留', '归档'],
  ['sandbox', 'isolation', 'wasm', 'wasmtime', '沙箱'],
  ['plugin', 'extension', 'third-party', '3rd-party', '插件'],
  ['dispute', 'challenge', 'fraud proof', '争议', '仲裁'],
  ['shadow', 'mirror', 'dark launch', 'dual run', '影子'],
  ['accuracy', 'accurate', 'correctness', 'parity', '准确'],
  ['deterministic', 'reproducible', 'replay', 'repeatable', '确定性', '回放'],
  ['tiering', 'tier', 'glacier', 'cold', '冷存储', '分层'],
  ['compression', 'compress', 'parquet', 'columnar', '压缩'],
  ['quote', 'quotes', 'pricing', '报价'],
  ['market share', 'share', '市场份额'],
  ['multiplex', 'concurrent', 'parallel', 'join_all', 'fan out', '并发'],
  ['threshold', 't-of-n', 'mpc', 'multi-party', 'multisig', 'multi-sig', '门限', '多签'],
  ['recovery', 'recover', 'restore', 'dr', 'disaster', '恢复', '容灾'],
  ['snapshot', 'backup', 'checkpoint', '快照', '备份'],
];

/**
 * Stakeholder roles: names and abbreviations candidates use; content/ adds more and Chinese ones. Everyday
 * words that also name a role ("security", "data", "product", "quality", "ops") are not here alone: "good
 * security" or "store data" addresses nobody. They count with a role noun ("security team", "data engineers").
 */
export const ROLE_TERMS: Record<string, string[]> = {
  BA: ['ba', 'business analyst', 'business analysts', '业务分析师'],
  PM: ['pm', 'pms', 'product manager', 'product managers', 'product owner', 'product team', 'product management', '产品经理'],
  Arch: ['arch', 'architect', 'architects', 'architecture team', 'architecture board', 'architecture review', '架构师'],
  Dev: ['dev', 'devs', 'developer', 'developers', 'engineers', 'engineering team', 'dev team', '开发', '研发', '开发人员'],
  QA: ['qa', 'tester', 'testers', 'test engineers', 'quality assurance', 'qa team', '测试', '测试团队', '质量保证'],
  DevOps: ['devops', 'platform team', 'infra team', 'infrastructure team', 'release engineering', '运维', '平台团队'],
  Sec: ['sec', 'security team', 'security engineers', 'security engineer', 'security review', 'secops', 'ciso', 'appsec', 'infosec', '安全团队', '安全工程师'],
  Data: ['data team', 'data engineer', 'data engineers', 'data engineering', 'analytics team', 'data analysts', 'dba', 'dbas', '数据团队', '数据工程师'],
  SRE: ['sre', 'sres', 'site reliability', 'on-call', 'oncall', 'ops team', 'operations team', '站点可靠性', '值班'],
  Lead: ['lead', 'tech lead', 'leadership', 'engineering manager', 'cto', 'management', 'vp', 'head of engineering', '负责人', '技术负责人', '管理层'],
};

/**
 * Words of platitude: what filler wraps around a spliced key phrase ("a mindset", "alignment matters",
 * "on everyone's mind"). A sentence whose words besides the question's own are mostly these, or are
 * outside the bank's vocabulary altogether, argues nothing about the design.
 */
export const SOFT_WORDS = new Set(
  `mindset culture morale journey passion symbol proud pride care love beautiful inspire inspires promise asset alignment align
  synergy values mission vision heart spirit excellence empower celebrate trust together family matters matter everyone
  everything mind breathe breathes key success important first-class north star greatest great remind reminds conversation
  conversations communication collaboration ownership world amazing exciting fun happy smile dream story narrative energy focus
  priority prioritisation prioritization commitment committed responsibility seriously mindful meaningful purpose thrive growth
  learn learning iterate empathy kindness honest honesty transparency transparent informed engaged aware awareness spotlight
  wonderful incredible powerful essential crucial vital paramount holistic journey leverage leveraging synergies stakeholders
  top-of-mind mindshare`.split(/\s+/),
);

/** Before an approach's name: the answer recommends it ("I'd use", "go with", "we build"). */
export const RECOMMEND_BEFORE = new Set([
  'use', 'using', 'go', 'pick', 'choose', 'chose', 'adopt', 'adopting', 'implement', 'implementing', 'build', 'building', 'deploy',
  'deploying', 'run', 'introduce', 'put', 'wrap', 'recommend', 'prefer', 'favor', 'favour', 'opt', 'start', 'switch', 'move',
  'stick', 'rely', 'apply', 'propose', 'suggest', 'add', 'ship', 'roll', 'design', 'keep', 'stay', 'route', 'pin', 'standardize',
  'standardise', 'settle', 'do', 'doing', "i'd", "we'd", "i'll", "we'll", "let's", 'should', 'argue', 'bet',
]);
/** After an approach's name: the answer endorses it ("… is the right call", "… wins"). */
export const RECOMMEND_AFTER =
  /^\s*(?:is|are|would be|will be)\s+(?:the\s+)?(?:right|best|way|better|winner|correct|answer|choice|pick)|^\s*(?:is|are|would be|will be)\s+(?:the|an?)\s+(?:pragmatic|practical|sensible|ideal|obvious|natural)\s+(?:choice|option|answer|call|fit|pick|candidate|way|path)|^\s*(?:wins|fits(?: best)?|makes (?:the most )?sense|it is|all the way)\b|^\s*(?:also\s+)?(?:gives|keeps|is|stays|remains)\s+(?:us\s+)?(?:the\s+)?(?:best|simplest|cheapest|fastest|lowest|safest)\b/;
/** Before an approach's name: the answer turns it down. */
export const REJECT_BEFORE = new Set([...DENIALS, 'drop', 'dropping', 'ditch', 'abandon', 'reject', 'rejecting', 'unlike', 'replace', 'replacing', 'forget', 'kill']);
/** Before an approach's name: the answer sets it beside another ("vs", "than", "compared with"). */
export const COMPARE_BEFORE = new Set(['than', 'vs', 'vs.', 'versus', 'compared', 'over', 'against', 'unlike', 'alternative', 'alternatives']);
/** After an approach's name: the answer judges it wrong for these constraints. */
export const REJECT_AFTER =
  /^[\s,]*(?:is|are|was|would be)\s+(?:the|a|an)\s+(?:lazy|naive|wrong|worse|bad|poor|clunky|ugly|outdated|inferior|risky|expensive|slow)\s+(?:option|choice|approach|idea|call|way|path|bet)\b|^[\s,]*(?:is|are|would be)\s+(?:more|too much|a lot of|extra)\s+(?:machinery|work|complexity|overhead|effort|moving parts|engineering|risk)\b|^[\s,]*(?:is|are|was|sounds|looks|seems|feels)\s+(?:\w+\s+){0,3}?\w+,?\s+but\b|^[\s,]*(?:(?:is|are|was|were|would be|feels|seems|looks|sounds|gets|got|becomes|has been|have been)\s+)?(?:just\s+|simply\s+|way\s+|far\s+|much\s+)?(?:too\s+\w+|overkill|over-?engineer\w*|unnecessary|not (?:worth|needed|necessary|viable|an option|the answer|enough)|(?:an?\s+(?:[\w-]+\s+)?)?(?:mistake|trap|bad idea|non-starter|dead end|gamble|half-?measure|half measure|liability|footgun|red herring)|(?:doesn'?t|does not|won'?t|will not|can'?t|cannot|wouldn'?t|would not|fails? to|never) (?:scale|fit|work|meet|hold|survive|pay|help|make|justify|deliver)|fragile|wasteful|risky|slower|riskier|costlier|brittle|out of (?:the )?(?:question|budget)|ruled out|set aside|rejected|discarded|dropped|off the table|is out)\b/;
export const HAN_RECOMMEND = ['采用', '使用', '选择', '推荐', '选用', '改用', '坚持用'];
export const HAN_REJECT = ['不用', '不要', '避免', '放弃', '而不是', '不采用', '拒绝', '不选', '不推荐'];
/** After an approach's name, in its clause or the next: "X，而不是 Y" prefers X. */
export const HAN_PREFER_AFTER = /^[^.;:!?]{0,24}?,\s*(?:而不是|而非|不是|而不)/;
export const HAN_REJECT_AFTER = ['太慢', '太贵', '太复杂', '风险太', '不划算', '不适合', '过度', '不可行', '没必要'];

export const DONT_KNOW = /^\s*(?:i\s+(?:really\s+)?(?:don'?t|do not)\s+know|no idea|not sure|idk|pass|skip|dunno|no clue|\?+|n\/a|不知道|不清楚|不会|跳过)\b/i;
