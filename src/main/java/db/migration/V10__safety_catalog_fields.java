package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;


/**
 * Issue 9: adds the safety catalog fields to the seeded drugs without replacing the rest of their
 * definition (other branches and administrators change other fields): {@code importantMedicalEvents}
 * and {@code followUpDays} on the drug, {@code reactionTerms} on contraindications. The definition
 * before is kept in drug_revision, like an administrator's edit. {@link #merge} is pure so
 * CatalogSeedTest can check that V2 plus this migration equals the catalog files.
 */
public class V10__safety_catalog_fields extends CatalogDefinitionMigration {

    /**
     * What this migration adds, per drug: fields set when absent ({@code set}); items appended to a
     * contraindication's lists, a list created when absent; an interaction's {@code substances} set
     * when absent. Sources: EMA Important Medical Event terms (a selection), the product information
     * (hypersensitivity, seizures), ILAE (non-epileptic seizures are not epilepsy), KDIGO (CKD stages),
     * BNF interactions (MAO-inhibiting drugs that are not antidepressants, St John's wort).
     */
    static final String ADDITIONS = """
{
 "cerebrolysin": {
  "set": {
   "importantMedicalEvents": [
    "seizure",
    "seizures",
    "convulsion",
    "convulsions",
    "status epilepticus",
    "epileptic seizure",
    "anaphylaxis",
    "anaphylactic reaction",
    "anaphylactic shock",
    "anaphylactoid reaction",
    "angioedema",
    "acute kidney injury",
    "acute renal failure",
    "cardiac arrest",
    "ventricular fibrillation",
    "respiratory failure",
    "intracranial haemorrhage",
    "cerebral haemorrhage",
    "pulmonary embolism",
    "Stevens-Johnson syndrome",
    "toxic epidermal necrolysis",
    "agranulocytosis",
    "hepatic failure",
    "suicide attempt",
    "suicidal ideation",
    "loss of consciousness",
    "syncope",
    "fit",
    "fits",
    "epileptic fit",
    "seizure activity"
   ],
   "followUpDays": 30
  },
  "contraindications": {
   "Epilepsy/seizure disorders": {
    "synonyms": [
     "fits",
     "epileptic fits"
    ],
    "icd10": [
     "R56"
    ],
    "excludedCodes": [
     "F44.5"
    ],
    "excludedTerms": [
     "non-epileptic seizures",
     "non-epileptic seizure",
     "non-epileptic attack disorder",
     "non-epileptic attacks",
     "psychogenic seizures",
     "psychogenic non-epileptic seizures",
     "pseudoseizures",
     "pseudoseizure",
     "PNES",
     "dissociative seizures",
     "functional seizures"
    ],
    "reactionTerms": [
     "fit",
     "fits",
     "seizure activity",
     "convulsion",
     "epileptic fit"
    ]
   },
   "Severe renal impairment / acute kidney failure": {
    "synonyms": [
     "severe CKD",
     "severe chronic kidney disease",
     "severely impaired renal function",
     "severely reduced kidney function",
     "ARF",
     "acute tubular necrosis",
     "ESRF",
     "end-stage renal failure",
     "established renal failure",
     "severely impaired kidney function",
     "kidney function severely reduced",
     "kidney function severely impaired",
     "renal function severely impaired",
     "renal function severely reduced",
     "severely reduced renal function"
    ],
    "excludedTerms": [],
    "reactionTerms": []
   },
   "Hypersensitivity to Cerebrolysin": {
    "excludedTerms": [],
    "reactionTerms": [
     "hypersensitivity",
     "hypersensitivity reaction",
     "allergic reaction",
     "drug allergy",
     "anaphylaxis",
     "anaphylactic reaction",
     "anaphylactic shock",
     "anaphylactoid reaction",
     "angioedema"
    ]
   },
   "Hypersensitivity to porcine proteins": {
    "excludedTerms": [],
    "reactionTerms": []
   }
  },
  "interactions": {
   "Lithium": {
    "substances": [
     [
      "lithium",
      "lithium carbonate",
      "lithium citrate",
      "lithium sulfate",
      "lithium sulphate",
      "Priadel",
      "Camcolit",
      "Liskonum",
      "Li-Liquid",
      "Lithobid",
      "Eskalith",
      "Quilonum",
      "Quilonorm",
      "Lithiofor",
      "Sedalit",
      "Carbolith",
      "Lithane",
      "Lithicarb",
      "Contemnol"
     ]
    ]
   },
   "Antidepressants including MAO inhibitors": {
    "substances": [
     [
      "sertraline",
      "Zoloft",
      "Lustral"
     ],
     [
      "fluoxetine",
      "Prozac",
      "Sarafem",
      "Fontex"
     ],
     [
      "citalopram",
      "Celexa",
      "Cipramil"
     ],
     [
      "escitalopram",
      "Lexapro",
      "Cipralex"
     ],
     [
      "paroxetine",
      "Paxil",
      "Seroxat",
      "Pexeva"
     ],
     [
      "fluvoxamine",
      "Luvox",
      "Faverin"
     ],
     [
      "venlafaxine",
      "Effexor",
      "Efexor"
     ],
     [
      "desvenlafaxine",
      "Pristiq"
     ],
     [
      "duloxetine",
      "Cymbalta",
      "Yentreve"
     ],
     [
      "levomilnacipran",
      "Fetzima"
     ],
     [
      "milnacipran",
      "Ixel",
      "Savella"
     ],
     [
      "amitriptyline",
      "Elavil",
      "Tryptizol"
     ],
     [
      "nortriptyline",
      "Pamelor",
      "Aventyl",
      "Allegron"
     ],
     [
      "imipramine",
      "Tofranil"
     ],
     [
      "desipramine",
      "Norpramin"
     ],
     [
      "clomipramine",
      "Anafranil"
     ],
     [
      "doxepin",
      "Sinequan",
      "Silenor"
     ],
     [
      "dosulepin",
      "dothiepin",
      "Prothiaden"
     ],
     [
      "trimipramine",
      "Surmontil"
     ],
     [
      "lofepramine",
      "Gamanil"
     ],
     [
      "protriptyline",
      "Vivactil"
     ],
     [
      "maprotiline",
      "Ludiomil"
     ],
     [
      "mianserin",
      "Tolvon"
     ],
     [
      "mirtazapine",
      "Remeron",
      "Zispin"
     ],
     [
      "bupropion",
      "Wellbutrin",
      "Zyban",
      "Elontril"
     ],
     [
      "trazodone",
      "Desyrel",
      "Molipaxin",
      "Trittico"
     ],
     [
      "vilazodone",
      "Viibryd"
     ],
     [
      "vortioxetine",
      "Trintellix",
      "Brintellix"
     ],
     [
      "agomelatine",
      "Valdoxan"
     ],
     [
      "reboxetine",
      "Edronax"
     ],
     [
      "tianeptine",
      "Stablon",
      "Coaxil"
     ],
     [
      "esketamine",
      "Spravato"
     ],
     [
      "phenelzine",
      "Nardil"
     ],
     [
      "tranylcypromine",
      "Parnate"
     ],
     [
      "isocarboxazid",
      "Marplan"
     ],
     [
      "moclobemide",
      "Aurorix",
      "Manerix"
     ],
     [
      "selegiline",
      "Emsam",
      "Eldepryl",
      "Zelapar"
     ],
     [
      "rasagiline",
      "Azilect"
     ],
     [
      "safinamide",
      "Xadago"
     ],
     [
      "linezolid",
      "Zyvox",
      "Zyvoxid"
     ],
     [
      "methylene blue",
      "methylthioninium chloride",
      "methylthioninium",
      "Provayblue"
     ],
     [
      "procarbazine",
      "Matulane",
      "Natulan"
     ],
     [
      "isoniazid",
      "Rimifon"
     ],
     [
      "furazolidone",
      "Furoxone"
     ],
     [
      "St John's wort",
      "St Johns wort",
      "Saint John's wort",
      "Hypericum perforatum",
      "Hypericum",
      "Jarsin"
     ],
     [
      "amoxapine",
      "Asendin"
     ],
     [
      "opipramol",
      "Insidon"
     ],
     [
      "zuranolone",
      "Zurzuvae"
     ],
     [
      "brexanolone",
      "Zulresso"
     ],
     [
      "gepirone",
      "Exxua"
     ]
    ]
   }
  }
 },
 "cortexin": {
  "set": {
   "importantMedicalEvents": [
    "seizure",
    "seizures",
    "convulsion",
    "convulsions",
    "status epilepticus",
    "epileptic seizure",
    "anaphylaxis",
    "anaphylactic reaction",
    "anaphylactic shock",
    "anaphylactoid reaction",
    "angioedema",
    "acute kidney injury",
    "acute renal failure",
    "cardiac arrest",
    "ventricular fibrillation",
    "respiratory failure",
    "intracranial haemorrhage",
    "cerebral haemorrhage",
    "pulmonary embolism",
    "Stevens-Johnson syndrome",
    "toxic epidermal necrolysis",
    "agranulocytosis",
    "hepatic failure",
    "suicide attempt",
    "suicidal ideation",
    "loss of consciousness",
    "syncope",
    "fit",
    "fits",
    "epileptic fit",
    "seizure activity"
   ],
   "followUpDays": 30
  },
  "contraindications": {
   "Hypersensitivity to Cortexin": {
    "excludedTerms": [],
    "reactionTerms": [
     "hypersensitivity",
     "hypersensitivity reaction",
     "allergic reaction",
     "drug allergy",
     "anaphylaxis",
     "anaphylactic reaction",
     "anaphylactic shock",
     "anaphylactoid reaction",
     "angioedema"
    ]
   },
   "Pregnancy": {
    "excludedTerms": [],
    "reactionTerms": []
   }
  },
  "interactions": {}
 }
}
            """;
    private static final JsonNode PLAN = read(ADDITIONS);

    @Override
    JsonNode change(String code, JsonNode definition) {
        return merge(code, definition);
    }

    /** The definition with this migration's additions (items already there are kept, not repeated). */
    public static JsonNode merge(String code, JsonNode definition) {
        ObjectNode d = definition.deepCopy();
        JsonNode plan = PLAN.path(code);
        plan.path("set").fields().forEachRemaining(f -> {
            if (!d.has(f.getKey())) d.set(f.getKey(), f.getValue().deepCopy());
        });
        for (JsonNode ci : d.path("contraindications")) {
            JsonNode fields = plan.path("contraindications").path(ci.path("name").asText());
            fields.fields().forEachRemaining(f -> append((ObjectNode) ci, f.getKey(), f.getValue()));
        }
        for (JsonNode ia : d.path("interactions")) {
            JsonNode fields = plan.path("interactions").path(ia.path("name").asText());
            fields.fields().forEachRemaining(f -> {
                if (!ia.has(f.getKey())) ((ObjectNode) ia).set(f.getKey(), f.getValue().deepCopy());
            });
        }
        return d;
    }

    private static void append(ObjectNode owner, String field, JsonNode items) {
        ArrayNode list = owner.has(field) ? (ArrayNode) owner.get(field) : owner.putArray(field);
        for (JsonNode item : items) {
            boolean present = false;
            for (JsonNode existing : list) present |= existing.equals(item);
            if (!present) list.add(item.deepCopy());
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
