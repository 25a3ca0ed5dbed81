import type zh from './assisted.zh-CN';

const assisted: typeof zh = {
  consentMethod: 'How the resident agreed',
  witness: "Witness's name",
  whyTitle: 'Why it fits the resident',
  resident: 'Acting for',
  openFile: 'Whole file',
  joinFactory: 'Assist: join a micro-factory',
  acknowledgePay: 'Assist: acknowledge pay',
  menu: {
    title: 'Assist',
    jobs: 'Assist: jobs',
    piecework: 'Assist: micro-factory (join, acknowledge pay)',
    stations: 'Assist: book a station time',
  },
  applyPolicy: 'Apply for the resident',
  piecework: {
    title: 'Micro-factory assistance · {{name}}',
    intro:
      'Join a resident without a smartphone to a micro-factory and acknowledge pay the resident has received. Every step records the officer and how the resident agreed.',
    chooseFactory: 'Micro-factory (open to join, in your areas)',
    factoryPlaceholder: 'Search by name',
    products: "What it makes, piece rates (today's)",
    noProducts: 'The factory has no products yet.',
    rate: '¥{{rate}} per {{unit}}',
    sharedTitle: 'The owner will see the resident’s',
    shared:
      'name "{{name}}" and phone {{phone}} (middle four digits hidden). The resident’s ID number, address and labels are not given to the owner. Tell the resident before recording the consent.',
    alreadyJoined: 'The resident already works at this micro-factory',
    join: 'Record consent and join',
    joined: 'The resident has joined "{{factory}}"',
    linesEmpty: 'No pay waiting for the resident’s acknowledgement',
    factory: 'Micro-factory',
    workDate: 'Day',
    quantity: 'Pieces',
    amount: 'Amount (¥)',
    settlement: 'Settlement',
    line: 'Status',
    action: 'Action',
    acknowledge: 'Acknowledge for the resident',
    notPaidYet: 'Can be acknowledged once the owner has paid',
    acknowledgeTitle: 'Acknowledge pay for the resident: {{factory}} {{date}}',
    acknowledgeStatement:
      'Checked with the resident: the resident’s piece pay of ¥{{amount}} for {{date}} at "{{factory}}" has been received, and the resident agrees to acknowledge it.',
    acknowledged: 'Pay acknowledged on the resident’s behalf',
  },
  benefits: {
    title: 'Apply for the resident · {{name}}',
    intro:
      'Apply for a policy for the resident: check the conditions, tell the resident what will be sent and what to attach, record the consent, then submit. Materials can be uploaded once it is submitted.',
    choosePolicy: 'Policy',
    policyPlaceholder: 'Choose a policy that takes applications',
    eligibility: 'The resident’s conditions',
    outcome: {
      eligible: 'The resident qualifies',
      not_eligible: 'The resident does not qualify',
      unknown: 'Not settled yet: data missing',
    },
    missing: 'Still needed: {{items}}',
    willSend: 'What the reviewers will see',
    toAttach: 'Materials to upload after submitting',
    noAttach: 'This policy asks for no materials',
    statement:
      'Told the resident: an application for "{{policy}}" will be made in the resident’s name, and the reviewers will see the information and materials above; the resident agrees.',
    note: 'Note (optional)',
    submit: 'Record consent and submit',
    notEligibleHint: 'The resident does not qualify: the application cannot be submitted.',
    submitted: 'Application submitted for the resident',
    materialsTitle: 'Materials',
    material: 'Material',
    file: 'File',
    upload: 'Upload',
    uploaded: 'Material uploaded',
    openApplication: 'Open the application',
  },
};

export default assisted;
